import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CenterHeader } from "@/components/center/center-header";
import { CenterForbiddenPage } from "@/components/center/forbidden-notice";
import { EnrollStudentDialog } from "@/components/center/students/enroll-student-dialog";
import { StudentsTable } from "@/components/center/students/students-table";
import { requireCenterPageAccess } from "@/lib/access/center-page";
import { hasPermission } from "@/lib/access/center-scope";
import { grantableCourses } from "@/lib/centers/students/grantable-courses";
import { listVisibleCourses } from "@/lib/centers/students/visible-courses";
import { currentLocale } from "@/lib/i18n/current-locale";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("centerStudents.list");
  return { title: t("title"), robots: { index: false } };
}

/**
 * The center's students (`student.read`; an instructor sees their courses' students only). The
 * table reads its rows from ./rows; owners and admins may enroll a person from here.
 */
export default async function CenterStudentsPage({ params }: Props) {
  const { slug } = await params;
  const access = await requireCenterPageAccess(slug, `/center/${slug}/students`);
  const [locale, t] = await Promise.all([currentLocale(), getTranslations("centerStudents.list")]);
  if (!hasPermission(access, "student.read")) return <CenterForbiddenPage access={access} locale={locale} wide />;
  const courses = await listVisibleCourses(access, locale);
  const canGrant = hasPermission(access, "enrollment.grant");
  return (
    <main className="mx-auto max-w-6xl px-4 py-8">
      <CenterHeader access={access} locale={locale} />
      <div className="mt-8 flex flex-wrap items-start justify-between gap-4">
        <div>
          <h2 className="text-lg font-semibold">{t("title")}</h2>
          <p className="mt-1 text-sm text-slate-600">{access.role === "INSTRUCTOR" ? t("introInstructor") : t("intro")}</p>
        </div>
        {canGrant ? <EnrollStudentDialog slug={access.centerSlug} centerId={access.centerId} courses={grantableCourses(courses)} /> : null}
      </div>
      <StudentsTable slug={access.centerSlug} centerId={access.centerId} courses={courses.map(({ id, title }) => ({ id, title }))} />
    </main>
  );
}
