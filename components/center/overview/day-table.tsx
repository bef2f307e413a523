import type { Locale } from "@/lib/i18n/locales";
import { FigureTable } from "./chart-panel";
import { formatDay } from "./format";

/** One row per day of the period, newest first (the days a reader most often looks for). */
export function DayTable({ testId, dayHead, valueHead, rows, locale }: { testId: string; dayHead: string; valueHead: string; rows: { day: string; value: string }[]; locale: Locale }) {
  return (
    <FigureTable
      testId={testId}
      labelHead={dayHead}
      valueHead={valueHead}
      rows={[...rows].reverse().map((row) => ({ key: row.day, label: <time dateTime={row.day}>{formatDay(row.day, locale, true)}</time>, value: row.value }))}
    />
  );
}
