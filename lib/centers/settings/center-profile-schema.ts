import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import { z } from "zod";
import { unicodeLine, unicodeText } from "@/lib/text/unicode-schema";

// Shared by the settings form (react-hook-form's zodResolver) and the server (no server-only).
// Issue messages are keys of `centerSettings.errors`, so the form shows them in the reader's language.

/** Center contact numbers are usually Myanmar numbers typed the local way (09…). */
const DEFAULT_COUNTRY = "MM";

/** E.164 for a valid phone number (landlines too: this is a center's contact, not an SMS target), else null. */
export function toE164(text: string): string | null {
  const phone = parsePhoneNumberFromString(text.trim(), DEFAULT_COUNTRY);
  return phone?.isValid() ? phone.number : null;
}

const optionalPhone = () =>
  z
    .string()
    .trim()
    .max(32, "too_long")
    .refine((text) => text === "" || toE164(text) !== null, "invalid_phone")
    .overwrite((text) => (text === "" ? "" : (toE164(text) ?? text)));

const optionalEmail = () =>
  z
    .string()
    .trim()
    .toLowerCase()
    .max(254, "too_long")
    .refine((text) => text === "" || z.email().safeParse(text).success, "invalid_email");

// Only http(s): the public page links to it, and a javascript: or data: URL must never get there.
const optionalWebsite = () =>
  z
    .string()
    .trim()
    .max(300, "too_long")
    .refine((text) => text === "" || isWebUrl(text), "invalid_url");

function isWebUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}

/** The center profile form and `updateCenterProfile`: every text Unicode (Zawgyi converted), "" = none. */
export const centerProfileInput = z
  .object({
    nameEn: unicodeLine().max(120, "too_long"),
    nameMy: unicodeLine().max(120, "too_long"),
    descriptionEn: unicodeText().max(4000, "too_long"),
    descriptionMy: unicodeText().max(4000, "too_long"),
    addressEn: unicodeText().max(500, "too_long"),
    addressMy: unicodeText().max(500, "too_long"),
    contactPhone: optionalPhone(),
    contactEmail: optionalEmail(),
    websiteUrl: optionalWebsite(),
  })
  // A center needs a name in at least one language; the public page falls back to the other.
  .refine((value) => value.nameEn !== "" || value.nameMy !== "", { path: ["nameEn"], message: "name_required" });

export type CenterProfileInput = z.input<typeof centerProfileInput>;
export type CenterProfileValues = z.output<typeof centerProfileInput>;

/** Logo uploads: what the file picker offers and the server accepts (the server decodes to be sure). */
export const LOGO_TYPES = ["image/png", "image/jpeg", "image/webp"] as const;
export const MAX_LOGO_BYTES = 2 * 1024 * 1024;
