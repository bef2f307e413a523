import Link from "@/components/site/intent-link";
import { getTranslations } from "next-intl/server";
import { CourseCard } from "@/components/catalog/course-card";
import { cachedListCourses } from "@/lib/catalog/cached-catalog";
import { currentLocale } from "@/lib/i18n/current-locale";

export default async function HomePage() {
  const locale = await currentLocale();
  const [t, tc, page] = await Promise.all([getTranslations("home"), getTranslations("catalog"), cachedListCourses({ locale, limit: 24 })]);
  return (
    <>
      <section className="rounded-2xl bg-brand-50 px-6 py-10">
        <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{t("heading")}</h1>
        <p className="mt-3 max-w-2xl text-slate-700">{t("subheading")}</p>
        <form method="get" action="/courses" role="search" className="mt-5 flex max-w-xl gap-2">
          <label className="sr-only" htmlFor="home-q">
            {tc("searchLabel")}
          </label>
          <input id="home-q" name="q" type="search" placeholder={tc("searchPlaceholder")} maxLength={100} className="w-full rounded-md border border-slate-300 bg-white px-3 py-2" />
          <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 text-white">
            {tc("search")}
          </button>
        </form>
      </section>
      <section className="mt-10" aria-labelledby="newest-courses">
        <h2 id="newest-courses" className="text-xl font-semibold">
          {t("coursesHeading")}
        </h2>
        {page.items.length === 0 ? (
          <p className="mt-4 text-slate-600">{t("empty")}</p>
        ) : (
          <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {page.items.map((course) => (
              <li key={course.id}>
                <CourseCard course={course} />
              </li>
            ))}
          </ul>
        )}
        <p className="mt-6">
          <Link href="/courses" className="text-brand-700 underline">
            {tc("browseAll")}
          </Link>
        </p>
      </section>
    </>
  );
}
