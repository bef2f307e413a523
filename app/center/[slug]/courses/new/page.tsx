import type { Metadata } from "next";
import Link from "@/components/site/intent-link";
import { getTranslations } from "next-intl/server";
import { CenterHeader } from "@/components/center/center-header";
import { CourseForm } from "@/components/center/courses/course-form";
import { courseFormDefaults } from "@/components/center/courses/course-form-values";
import { CenterForbiddenPage } from "@/components/center/forbidden-notice";
import { requireCenterPageAccess } from "@/lib/access/center-page";
import { hasPermission } from "@/lib/access/center-scope";
import { listCategories } from "@/lib/catalog/list-categories";
import { currentLocale } from "@/lib/i18n/current-locale";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("centerCourses.newPage");
  return { title: t("title"), robots: { index: false } };
}

/** The new-course form (owners and admins: `course.create`); it opens the course page when created. */
export default async function NewCoursePage({ params }: Props) {
  const { slug } = await params;
  const access = await requireCenterPageAccess(slug, `/center/${slug}/courses/new`);
  const [locale, t] = await Promise.all([currentLocale(), getTranslations("centerCourses.newPage")]);
  if (!hasPermission(access, "course.create")) return <CenterForbiddenPage access={access} locale={locale} wide />;
  const categories = await listCategories(locale);
  const base = `/center/${encodeURIComponent(access.centerSlug)}/courses`;
  return (
    <main className="mx-auto max-w-6xl px-4 py-8">
      <CenterHeader access={access} locale={locale} />
      <p className="mt-6 text-sm">
        <Link href={base} className="text-brand-700 underline">
          {t("back")}
        </Link>
      </p>
      <h2 className="mt-4 text-lg font-semibold">{t("title")}</h2>
      <p className="mt-1 mb-6 text-sm text-slate-600">{t("intro")}</p>
      <CourseForm
        slug={access.centerSlug}
        categories={categories.map(({ id, name }) => ({ id, name }))}
        defaults={courseFormDefaults(null)}
        canPrice={hasPermission(access, "course.price")}
      />
    </main>
  );
}
