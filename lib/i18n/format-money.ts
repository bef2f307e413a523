import type { Locale } from "./locales";

export type Money = { amount: number; currency: string };

const INTL_LOCALE: Record<Locale, string> = { my: "my-MM", en: "en-US" };

/**
 * Formats an integer amount in the currency's platform unit (whole kyat for MMK). Burmese uses
 * Burmese digits and the word ကျပ် for kyat; English uses "MMK 15,000".
 */
export function formatMoney({ amount, currency }: Money, locale: Locale): string {
  if (locale === "my" && currency === "MMK") {
    const digits = new Intl.NumberFormat("my-MM", { numberingSystem: "mymr", maximumFractionDigits: 0 }).format(amount);
    return `${digits} ကျပ်`;
  }
  const fractionDigits = currency === "MMK" ? 0 : 2;
  const major = currency === "MMK" ? amount : amount / 100;
  return new Intl.NumberFormat(INTL_LOCALE[locale], {
    style: "currency",
    currency,
    currencyDisplay: "code",
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
    numberingSystem: locale === "my" ? "mymr" : "latn",
  }).format(major);
}

/** Writes a whole number with the locale's digits (Burmese digits for `my`). */
export function formatCount(value: number, locale: Locale): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], { numberingSystem: locale === "my" ? "mymr" : "latn" }).format(value);
}
