import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { DataTable } from "@/components/center/data-table";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import type { StaffLiveClassRowDto } from "@/lib/live-classes/list-course-live-classes";

type Props = {
  testId: string;
  heading: string;
  empty: string;
  rows: StaffLiveClassRowDto[];
  locale: Locale;
  /** The controls of a row (upcoming classes, staff who may manage them), or null. */
  actions?: (row: StaffLiveClassRowDto) => ReactNode;
};

/** One group of a course's classes (upcoming, past or cancelled), times in Myanmar time. */
export async function LiveClassTable({ testId, heading, empty, rows, locale, actions }: Props) {
  const [t, format] = await Promise.all([getTranslations("centerLiveClasses.list"), getFormatter()]);
  const th = (key: "title" | "starts" | "duration" | "participants" | "status" | "actions") => (
    <th scope="col" className="px-2 py-2 font-medium">
      {t(`columns.${key}`)}
    </th>
  );
  return (
    <section className="mt-8" aria-label={heading}>
      <h3 className="text-lg font-semibold">{heading}</h3>
      {rows.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">{empty}</p>
      ) : (
        <DataTable
          testId={testId}
          wrapperMargin="mt-3"
          head={
            <>
              {th("title")}
              {th("starts")}
              {th("duration")}
              {th("participants")}
              {th("status")}
              {actions ? th("actions") : null}
            </>
          }
        >
          {rows.map((row) => (
            <tr key={row.id}>
              <td className="px-2 py-2 font-medium">{localized(row.titleEn, row.titleMy, locale) || t("untitled")}</td>
              <td className="px-2 py-2 whitespace-nowrap">
                <time dateTime={row.startsAt}>{format.dateTime(new Date(row.startsAt), { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Yangon" })}</time>
              </td>
              <td className="px-2 py-2">{t("minutes", { count: row.durationMinutes })}</td>
              <td className="px-2 py-2">{format.number(row.participants)}</td>
              <td className="px-2 py-2">{t(`status.${row.status}`)}</td>
              {actions ? <td className="px-2 py-2">{actions(row)}</td> : null}
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
