"use client";

import Link from "@/components/site/intent-link";
import { useFormatter, useTranslations } from "next-intl";
import { DataTable } from "@/components/center/data-table";
import type { CenterStudentRow } from "@/lib/centers/students/student-dto";
import { EnrollmentStatusBadge } from "./enrollment-status-badge";
import { ProgressBar } from "./progress-bar";
import { StudentIdentity } from "./student-identity";

const MYANMAR_TIME = "Asia/Yangon";

/** The rows of the students table: one line per enrollment in the courses and progress cells. */
export function StudentRows({ slug, items }: { slug: string; items: CenterStudentRow[] }) {
  const t = useTranslations("centerStudents");
  const format = useFormatter();
  const date = (iso: string) => <time dateTime={iso}>{format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short", timeZone: MYANMAR_TIME })}</time>;
  const base = `/center/${encodeURIComponent(slug)}/students`;
  return (
    <DataTable
      testId="students-table"
      wrapperMargin="mt-6"
      head={
        <>
          <th className="py-2 pr-3">{t("columns.name")}</th>
          <th className="py-2 pr-3">{t("columns.contact")}</th>
          <th className="py-2 pr-3">{t("columns.courses")}</th>
          <th className="py-2 pr-3">{t("columns.progress")}</th>
          <th className="py-2 pr-3">{t("columns.enrolled")}</th>
          <th className="py-2">{t("columns.lastActivity")}</th>
        </>
      }
    >
      {items.map((student) => (
        <tr key={student.userId} data-user-id={student.userId} className="align-top">
          <td className="py-2 pr-3">
            <Link href={`${base}/${student.userId}`} className="font-medium text-brand-700 underline">
              {student.name?.trim() || t("noName")}
            </Link>
            {student.accountStatus === "active" ? null : <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">{t(`account.${student.accountStatus}`)}</span>}
          </td>
          <td className="py-2 pr-3">
            <StudentIdentity contact={student.contact} />
          </td>
          <td className="py-2 pr-3">
            <ul className="space-y-1">
              {student.enrollments.map((enrollment) => (
                <li key={enrollment.courseId} className="flex flex-wrap items-center gap-2">
                  <span>{enrollment.courseTitle}</span>
                  <EnrollmentStatusBadge status={enrollment.status} />
                </li>
              ))}
            </ul>
          </td>
          <td className="py-2 pr-3">
            <ul className="space-y-1">
              {student.enrollments.map((enrollment) => (
                <li key={enrollment.courseId} className="min-h-6">
                  <ProgressBar percent={enrollment.percent} label={t("progressOf", { course: enrollment.courseTitle })} />
                </li>
              ))}
            </ul>
          </td>
          <td className="py-2 pr-3 whitespace-nowrap">{date(student.enrolledAt)}</td>
          <td className="py-2 whitespace-nowrap">{date(student.lastActivityAt)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
