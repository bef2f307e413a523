import en from "./messages/en-error.json";
import my from "./messages/my-error.json";
import { isLocale, type Locale } from "./locales";

/**
 * The only messages a client component needs (the error boundary, which cannot call the server).
 * They live in their own small files: a bundler cannot take one namespace out of a JSON import, so
 * importing en.json and my.json here shipped both whole catalogues (7.7 kB gzip) to every page.
 */
const ERROR_MESSAGES: Record<Locale, typeof en.error> = { en: en.error, my: my.error };

export function errorMessages(lang: string | undefined): typeof en.error {
  return ERROR_MESSAGES[isLocale(lang) ? lang : "my"];
}
