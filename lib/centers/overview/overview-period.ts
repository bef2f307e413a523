import { z } from "zod";

/** The ranges the overview offers; `custom` takes `from` and `to`. */
export const OVERVIEW_RANGES = ["7", "30", "90", "custom"] as const;
export type OverviewRange = (typeof OVERVIEW_RANGES)[number];

/** A custom period spans at most a leap year, like the finance report. */
export const MAX_OVERVIEW_DAYS = 366;

const DAY_MS = 86_400_000;
// Myanmar keeps UTC+06:30 all year (no daylight saving), so a Yangon day is a fixed UTC window.
const YANGON_OFFSET_MS = 6.5 * 3_600_000;

/** A resolved period: Yangon calendar days `from`..`to`, both included, and every day between. */
export type OverviewPeriod = { range: OverviewRange; from: string; to: string; days: string[] };

/** The query of the overview page (`?range=30` or `?range=custom&from=…&to=…`), as the form sends it. */
export const overviewPeriodInput = z
  .object({ range: z.enum(OVERVIEW_RANGES).default("30"), from: z.iso.date().optional(), to: z.iso.date().optional() })
  .superRefine((value, ctx) => {
    if (value.range !== "custom") return;
    if (!value.from || !value.to) {
      ctx.addIssue({ code: "custom", path: [value.from ? "to" : "from"], message: "required" });
      return;
    }
    const days = dayNumber(value.to) - dayNumber(value.from) + 1;
    if (days < 1) ctx.addIssue({ code: "custom", path: ["to"], message: "before_from" });
    else if (days > MAX_OVERVIEW_DAYS) ctx.addIssue({ code: "custom", path: ["to"], message: "range_too_long" });
  });
export type OverviewPeriodInput = z.input<typeof overviewPeriodInput>;

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const dayString = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);

/** Today's date in Yangon (YYYY-MM-DD). */
export function yangonToday(now = new Date()): string {
  return new Date(now.getTime() + YANGON_OFFSET_MS).toISOString().slice(0, 10);
}

/** The period of a valid input: "last N days" ends today (Yangon) and includes it. */
export function resolveOverviewPeriod(input: OverviewPeriodInput, now = new Date()): OverviewPeriod {
  const { range, from, to } = overviewPeriodInput.parse(input);
  const last = range === "custom" ? (to as string) : yangonToday(now);
  const first = range === "custom" ? (from as string) : dayString(dayNumber(last) - Number(range) + 1);
  const days: string[] = [];
  for (let n = dayNumber(first); n <= dayNumber(last); n++) days.push(dayString(n));
  return { range, from: first, to: last, days };
}

/** The instants that bound a period: [first day 00:00 Yangon, the day after the last 00:00 Yangon). */
export function periodBounds(period: Pick<OverviewPeriod, "from" | "to">): { start: Date; end: Date } {
  return {
    start: new Date(dayNumber(period.from) * DAY_MS - YANGON_OFFSET_MS),
    end: new Date((dayNumber(period.to) + 1) * DAY_MS - YANGON_OFFSET_MS),
  };
}

/**
 * The page's period from its raw query: a query that does not parse falls back to the last 30
 * days, and `problem` says why so the page can tell the reader.
 */
export function overviewPeriodFromQuery(query: { range?: string; from?: string; to?: string }, now = new Date()): { period: OverviewPeriod; problem: string | null } {
  const parsed = overviewPeriodInput.safeParse(query);
  if (parsed.success) return { period: resolveOverviewPeriod(parsed.data, now), problem: null };
  const message = parsed.error.issues[0]?.message;
  const problem = message === "before_from" || message === "range_too_long" || message === "required" ? message : "format";
  return { period: resolveOverviewPeriod({ range: "30" }, now), problem };
}
