// Myanmar Standard Time is UTC+06:30 all year (no daylight saving). The composer's
// `datetime-local` field is read and written in it, whatever the browser's own time zone.

const OFFSET_MS = 390 * 60_000;
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** "YYYY-MM-DDTHH:mm" as Myanmar time → the instant; null when malformed or not a real date. */
export function parseMyanmarLocal(text: string): Date | null {
  const match = LOCAL.exec(text.trim());
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const utc = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(utc);
  // Date.UTC rolls "02-31" over into March: a rolled-over date was not a real one.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) return null;
  return new Date(utc - OFFSET_MS);
}

/** The instant as a `datetime-local` value in Myanmar time ("YYYY-MM-DDTHH:mm"). */
export function toMyanmarLocal(instant: Date): string {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 16);
}
