import { formatCount, formatMoney } from "@/lib/i18n/format-money";
import type { Locale } from "@/lib/i18n/locales";

/** How a chart or table writes its values: counts, money in one currency, or a percentage. */
export type ValueKind = { kind: "count" } | { kind: "percent" } | { kind: "money"; currency: "MMK" | "USD" };

const INTL: Record<Locale, string> = { en: "en-GB", my: "my-MM" };
const digits = (locale: Locale) => (locale === "my" ? "mymr" : "latn");

/** A value in full, as the tables show it. */
export function formatValue(value: number, kind: ValueKind, locale: Locale): string {
  if (kind.kind === "money") return formatMoney({ amount: value, currency: kind.currency }, locale);
  if (kind.kind === "percent") return `${formatCount(value, locale)}%`;
  return formatCount(value, locale);
}

/** A value in short (12K), for chart axes; money in its major unit (USD cents → dollars). */
export function formatAxisValue(value: number, kind: ValueKind, locale: Locale): string {
  const major = kind.kind === "money" && kind.currency === "USD" ? value / 100 : value;
  const short = new Intl.NumberFormat(INTL[locale], { notation: "compact", maximumFractionDigits: 1, numberingSystem: digits(locale) }).format(major);
  return kind.kind === "percent" ? `${short}%` : short;
}

/** A Yangon calendar day (YYYY-MM-DD) as "10 Nov"; the string already is the local day, hence UTC. */
export function formatDay(day: string, locale: Locale, withYear = false): string {
  return new Intl.DateTimeFormat(INTL[locale], {
    day: "numeric",
    month: "short",
    ...(withYear ? { year: "numeric" } : {}),
    timeZone: "UTC",
    numberingSystem: digits(locale),
  }).format(new Date(`${day}T00:00:00Z`));
}
