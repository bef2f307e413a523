import type { Locale } from "./locales";

/**
 * Picks the text of a bilingual pair (`titleEn` / `titleMy`) for a locale, falling back to the
 * other language when the preferred one was never written.
 */
export function localized(en: string | null | undefined, my: string | null | undefined, locale: Locale): string {
  const preferred = locale === "my" ? my : en;
  const other = locale === "my" ? en : my;
  return preferred?.trim() ? preferred : (other ?? "");
}
