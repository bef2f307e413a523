import en from "./messages/en.json";
import my from "./messages/my.json";
import { isLocale, type Locale } from "./locales";

/**
 * The only messages a client component needs (the error boundary, which cannot call the server):
 * picked at build time from the same JSON files, so the browser gets this namespace, not a runtime.
 */
const ERROR_MESSAGES: Record<Locale, typeof en.error> = { en: en.error, my: my.error };

export function errorMessages(lang: string | undefined): typeof en.error {
  return ERROR_MESSAGES[isLocale(lang) ? lang : "my"];
}
