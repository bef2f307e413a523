import { getTranslations } from "next-intl/server";
import { CourseCard } from "@/components/catalog/course-card";
import { cachedListCourses } from "@/lib/catalog/cached-catalog";
import { currentLocale } from "@/lib/i18n/current-locale";

export default async function HomePage() {
  const locale = await currentLocale();
  const [t, page] = await Promise.all([getTranslations("home"), cachedListCourses({ locale, limit: 24 })]);
  return (
    <>
      <section className="rounded-2xl bg-brand-50 px-6 py-10">
        <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{t("heading")}</h1>
        <p className="mt-3 max-w-2xl text-slate-700">{t("subheading")}</p>
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
      </section>
    </>
  );
}
