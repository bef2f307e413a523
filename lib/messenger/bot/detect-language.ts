import type { Locale } from "@/lib/i18n/locales";

const MYANMAR_SCRIPT = /[\u1000-\u109F\uAA60-\uAA7F\uA9E0-\uA9FF]/;

/** The language to answer in: Burmese script (Unicode or Zawgyi) → my; anything else → en. */
export function detectLanguage(text: string | null): Locale {
  return text && MYANMAR_SCRIPT.test(text) ? "my" : "en";
}
