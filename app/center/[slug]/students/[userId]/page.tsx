import type { Metadata } from "next";
import Link from "@/components/site/intent-link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CenterHeader } from "@/components/center/center-header";
import { CenterForbiddenPage } from "@/components/center/forbidden-notice";
import { GrantEnrollmentForm } from "@/components/center/students/grant-enrollment-form";
import { StudentEnrollments } from "@/components/center/students/student-enrollments";
import { StudentIdentity } from "@/components/center/students/student-identity";
import { StudentOrders } from "@/components/center/students/student-orders";
import { StudentQuizResults } from "@/components/center/students/student-quiz-results";
import { requireCenterPageAccess } from "@/lib/access/center-page";
import { hasPermission } from "@/lib/access/center-scope";
import { getCenterStudent } from "@/lib/centers/students/get-center-student";
import { grantableCourses } from "@/lib/centers/students/grantable-courses";
import { listVisibleCourses } from "@/lib/centers/students/visible-courses";
import { AppError } from "@/lib/http/errors";
import { currentLocale } from "@/lib/i18n/current-locale";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string; userId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("centerStudents.detail");
  return { title: t("title"), robots: { index: false } };
}

/**
 * One student within this center only: enrollments in its courses, quiz results and orders with
 * it (each as the viewer's role allows). Someone who is not this center's student is a 404.
 */
export default async function CenterStudentPage({ params }: Props) {
  const { slug, userId } = await params;
  const access = await requireCenterPageAccess(slug, `/center/${slug}/students/${userId}`);
  const [locale, t] = await Promise.all([currentLocale(), getTranslations("centerStudents")]);
  if (!hasPermission(access, "student.read") || !hasPermission(access, "enrollment.read")) return <CenterForbiddenPage access={access} locale={locale} wide />;
  const student = await getCenterStudent(access, userId, locale).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  const canGrant = hasPermission(access, "enrollment.grant");
  const held = student.enrollments.filter((enrollment) => enrollment.status === "active").map((enrollment) => enrollment.courseId);
  const courses = canGrant ? grantableCourses(await listVisibleCourses(access, locale), held) : [];
  const base = `/center/${encodeURIComponent(access.centerSlug)}`;
  return (
    <main className="mx-auto max-w-6xl px-4 py-8">
      <CenterHeader access={access} locale={locale} />
      <Link href={`${base}/students`} className="mt-6 inline-block text-sm text-brand-700 underline">
        {t("detail.back")}
      </Link>
      <section className="mt-3 flex flex-wrap items-baseline justify-between gap-3" data-testid="student-summary">
        <h2 className="text-xl font-semibold">
          {student.name?.trim() || t("noName")}
          {student.accountStatus === "active" ? null : <span className="ml-2 rounded bg-slate-100 px-2 py-0.5 text-sm font-normal text-slate-700">{t(`account.${student.accountStatus}`)}</span>}
        </h2>
        <StudentIdentity contact={student.contact} />
      </section>
      <StudentEnrollments slug={access.centerSlug} centerId={access.centerId} enrollments={student.enrollments} locale={locale} canRevoke={hasPermission(access, "enrollment.revoke")} />
      {canGrant && student.accountStatus === "active" ? (
        <section className="mt-8" aria-labelledby="grant-title">
          <h3 id="grant-title" className="text-lg font-semibold">
            {t("grant.title")}
          </h3>
          <p className="mt-1 mb-3 text-sm text-slate-600">{t("grant.intro")}</p>
          <GrantEnrollmentForm slug={access.centerSlug} centerId={access.centerId} userId={student.userId} courses={courses} />
        </section>
      ) : null}
      {student.quizResults ? <StudentQuizResults results={student.quizResults} /> : null}
      {student.orders ? <StudentOrders orders={student.orders} locale={locale} orderHref={(id) => `${base}/orders/${id}`} /> : null}
    </main>
  );
}
