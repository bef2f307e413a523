import { DEMO_ANCHOR } from "../demo-fixtures.ts";

/**
 * Demo dates are fixed relative to ANCHOR (the newest course is published exactly then), so the
 * data is the same on every run. Only live classes are placed relative to the real clock, so that
 * "upcoming" classes stay upcoming.
 */
export const ANCHOR = new Date(DEMO_ANCHOR);

export const SECOND = 1_000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export const addMs = (date: Date, ms: number): Date => new Date(date.getTime() + ms);
export const daysBefore = (date: Date, days: number): Date => addMs(date, -days * DAY);
export const maxDate = (...dates: Date[]): Date => new Date(Math.max(...dates.map((d) => d.getTime())));
export const minDate = (...dates: Date[]): Date => new Date(Math.min(...dates.map((d) => d.getTime())));

/** A time between `from` and `to` (inclusive), rounded to the minute. */
export function between(next: () => number, from: Date, to: Date): Date {
  const span = Math.max(0, to.getTime() - from.getTime());
  return new Date(Math.floor((from.getTime() + next() * span) / MINUTE) * MINUTE);
}

/** yyyymmdd of a date in Myanmar time (UTC+06:30), as used in order references. */
export function myanmarDateStamp(date: Date): string {
  return new Date(date.getTime() + 6.5 * HOUR).toISOString().slice(0, 10).replaceAll("-", "");
}
