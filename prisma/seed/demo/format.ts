/** Formatting for demo text written in a reader's language (inbox items, descriptions). */
export type DemoLocale = "EN" | "MY";

const MYANMAR_DIGITS = "၀၁၂၃၄၅၆၇၈၉";

/** 85000 → "85,000" (EN) or "၈၅,၀၀၀" (MY). */
export function formatNumber(value: number, locale: DemoLocale): string {
  const grouped = Math.round(value).toLocaleString("en-US");
  return locale === "MY" ? grouped.replace(/\d/g, (d) => MYANMAR_DIGITS[Number(d)] ?? d) : grouped;
}

/** 85000 → "85,000 MMK" or "၈၅,၀၀၀ ကျပ်". */
export function formatKyat(amount: number, locale: DemoLocale): string {
  return locale === "MY" ? `${formatNumber(amount, "MY")} ကျပ်` : `${formatNumber(amount, "EN")} MMK`;
}

/** The text in the reader's language, or the other one when only that exists. */
export function pickText(en: string | null | undefined, my: string | null | undefined, locale: DemoLocale): string {
  return (locale === "MY" ? (my ?? en) : (en ?? my)) ?? "";
}
