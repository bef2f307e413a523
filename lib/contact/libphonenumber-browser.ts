// The browser's stand-in for libphonenumber-js/max (next.config.ts turbopack.resolveAlias, ADR 0025).
// Dashboard forms validate with the server's zod schemas; a phone number is judged for real by the
// server, which parses every submission again with the full metadata and answers a field error the
// form shows on the field. In the browser a number only has to look like one (6–15 digits, an
// optional leading +), which spares every form the library and its metadata (~31 kB gzip).

export type CountryCode = string;

const LOOKS_LIKE_A_PHONE = /^\+?[0-9][0-9 ().-]*$/;

export function parsePhoneNumberFromString(text: string): { number: string; isValid(): boolean } | undefined {
  const digits = text.replace(/\D/g, "");
  if (!LOOKS_LIKE_A_PHONE.test(text.trim())) return undefined;
  return { number: text.trim(), isValid: () => digits.length >= 6 && digits.length <= 15 };
}
