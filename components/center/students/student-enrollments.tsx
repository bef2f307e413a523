import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/center/data-table";
import type { StudentEnrollment } from "@/lib/centers/students/student-dto";
import { formatCount } from "@/lib/i18n/format-money";
import type { Locale } from "@/lib/i18n/locales";
import { EnrollmentStatusBadge } from "./enrollment-status-badge";
import { ProgressBar } from "./progress-bar";
import { RevokeEnrollmentForm } from "./revoke-enrollment-form";

type Props = { slug: string; centerId: string; enrollments: StudentEnrollment[]; locale: Locale; canRevoke: boolean };

/** The student's enrollments in this center's courses (the viewer's courses): status, source, progress; revocable when active. */
export async function StudentEnrollments({ slug, centerId, enrollments, locale, canRevoke }: Props) {
  const [t, format] = await Promise.all([getTranslations("centerStudents"), getFormatter()]);
  const date = (iso: string) => <time dateTime={iso}>{format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Yangon" })}</time>;
  return (
    <section className="mt-8" aria-labelledby="enrollments-title">
      <h3 id="enrollments-title" className="text-lg font-semibold">
        {t("detail.enrollments")}
      </h3>
      <DataTable
        testId="student-enrollments"
        wrapperMargin="mt-3"
        head={
          <>
            <th className="py-2 pr-3">{t("detail.columns.course")}</th>
            <th className="py-2 pr-3">{t("detail.columns.status")}</th>
            <th className="py-2 pr-3">{t("detail.columns.source")}</th>
            <th className="py-2 pr-3">{t("detail.columns.progress")}</th>
            <th className="py-2">{t("detail.columns.enrolled")}</th>
          </>
        }
      >
        {enrollments.map((enrollment) => (
          <tr key={enrollment.id} data-enrollment-id={enrollment.id} className="align-top">
            <td className="py-2 pr-3">
              <span className="font-medium">{enrollment.courseTitle}</span>
              {enrollment.status === "active" && canRevoke ? <RevokeEnrollmentForm slug={slug} centerId={centerId} enrollmentId={enrollment.id} courseTitle={enrollment.courseTitle} /> : null}
            </td>
            <td className="py-2 pr-3">
              <EnrollmentStatusBadge status={enrollment.status} />
              {enrollment.revokedAt ? (
                <p className="mt-1 text-xs text-slate-600">
                  {t("detail.revokedOn")} {date(enrollment.revokedAt)}
                  {enrollment.revocationReason ? ` · ${t(`revoke.reasons.${enrollment.revocationReason}`)}` : null}
                </p>
              ) : null}
              {enrollment.revocationNote ? <p className="mt-1 max-w-xs text-xs whitespace-pre-line text-slate-600">{t("detail.note", { note: enrollment.revocationNote })}</p> : null}
              {enrollment.expiresAt ? (
                <p className="mt-1 text-xs text-slate-600">
                  {t("detail.expires")} {date(enrollment.expiresAt)}
                </p>
              ) : null}
            </td>
            <td className="py-2 pr-3">{t(`detail.source.${enrollment.source}`)}</td>
            <td className="py-2 pr-3">
              <ProgressBar percent={enrollment.progress.percent} label={t("progressOf", { course: enrollment.courseTitle })} />
              <p className="mt-1 text-xs text-slate-600">
                {t("detail.lessons", { done: formatCount(enrollment.progress.completedLessons, locale), total: formatCount(enrollment.progress.totalLessons, locale) })}
              </p>
            </td>
            <td className="py-2 whitespace-nowrap">{date(enrollment.enrolledAt)}</td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
