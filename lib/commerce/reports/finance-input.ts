import { z } from "zod";
import { FINANCE_GROUPS } from "./finance-sql";

/** The longest period a report or export covers: a leap year. */
export const MAX_REPORT_DAYS = 366;

const DAY_MS = 86_400_000;
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;

function checkPeriod({ from, to }: { from: string; to: string }, ctx: z.RefinementCtx): void {
  const days = dayNumber(to) - dayNumber(from) + 1;
  if (days < 1) ctx.addIssue({ code: "custom", path: ["to"], message: "before_from", params: { code: "before_from" } });
  else if (days > MAX_REPORT_DAYS) ctx.addIssue({ code: "custom", path: ["to"], message: "range_too_long", params: { code: "range_too_long", maxDays: MAX_REPORT_DAYS } });
}

const periodShape = z.object({ from: z.iso.date(), to: z.iso.date() });

/**
 * A finance period: `from` and `to` are Yangon calendar days (YYYY-MM-DD), both included, so the
 * period is [from 00:00, the day after `to` 00:00): its start is always before its end, and it
 * spans at most 366 days. Shared by the page, the CSV route and the report.
 */
export const financePeriodInput = periodShape.superRefine(checkPeriod);

export const financeReportInput = periodShape.extend({ groupBy: z.enum(FINANCE_GROUPS).default("month") }).superRefine(checkPeriod);
export type FinanceReportInput = z.input<typeof financeReportInput>;
export type FinancePeriodInput = z.input<typeof financePeriodInput>;

/** The period a dashboard opens with: the current month so far, in Yangon days. */
export function defaultFinancePeriod(now = new Date()): { from: string; to: string } {
  // Myanmar keeps UTC+06:30 all year (no daylight saving).
  const today = new Date(now.getTime() + 6.5 * 3_600_000).toISOString().slice(0, 10);
  return { from: `${today.slice(0, 8)}01`, to: today };
}
