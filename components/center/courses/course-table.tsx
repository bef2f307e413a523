import Link from "@/components/site/intent-link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { AdminCourseRow } from "@/lib/authoring/reads/list-center-courses-for-admin";
import { formatCount, formatMoney } from "@/lib/i18n/format-money";
import type { Locale } from "@/lib/i18n/locales";
import { DataTable } from "../data-table";
import { CourseStatusBadge } from "./course-status-badge";

type Props = { courses: AdminCourseRow[]; locale: Locale; courseHref: (id: string) => string };

/** The center's courses: title (link to its page), status, price, enrollments and last change. */
export async function CourseTable({ courses, locale, courseHref }: Props) {
  const [t, format] = await Promise.all([getTranslations("centerCourses.list"), getFormatter()]);
  const th = "py-2 pr-3";
  return (
    <DataTable
      testId="center-courses-table"
      wrapperMargin="mt-6"
      head={
        <>
          <th className={th}>{t("columns.title")}</th>
          <th className={th}>{t("columns.status")}</th>
          <th className={`${th} text-right`}>{t("columns.price")}</th>
          <th className={`${th} text-right`}>{t("columns.enrollments")}</th>
          <th className="py-2">{t("columns.updated")}</th>
        </>
      }
    >
      {courses.map((course) => (
        <tr key={course.id} data-course-id={course.id}>
          <td className="py-2 pr-3">
            <Link href={courseHref(course.id)} className="text-brand-700 underline">
              {course.title || t("untitled")}
            </Link>
          </td>
          <td className="py-2 pr-3">
            <CourseStatusBadge status={course.status} />
          </td>
          <td className="py-2 pr-3 text-right whitespace-nowrap">
            {course.priceAmount === 0 ? t("free") : formatMoney({ amount: course.priceAmount, currency: course.currency }, locale)}
          </td>
          <td className="py-2 pr-3 text-right">{formatCount(course.enrollmentCount, locale)}</td>
          <td className="py-2 whitespace-nowrap">
            <time dateTime={course.updatedAt}>{format.dateTime(new Date(course.updatedAt), { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Yangon" })}</time>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
