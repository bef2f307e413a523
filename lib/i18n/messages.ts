import en from "./messages/en.json";
import my from "./messages/my.json";
import type { Locale } from "./locales";

export type Messages = typeof en;

const ALL: Record<Locale, Messages> = { en, my };

export function messagesFor(locale: Locale): Messages {
  return ALL[locale];
}
