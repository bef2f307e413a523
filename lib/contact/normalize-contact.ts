import "server-only";
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max";
import { z } from "zod";
import { AppError } from "@/lib/http/errors";
import type { FieldError } from "@/lib/http/field-errors";
import { exactlyOneMessage, hasExactlyOneContact, isPresent } from "./contact-input";

export { contactFields, contactInput, exactlyOneContact } from "./contact-input";

/** A sign-in identifier in its one stored form: E.164 phone or lower-cased email. */
export type Contact = { kind: "phone"; value: string } | { kind: "email"; value: string };

/**
 * Countries whose mobile numbers may receive an SMS code. Myanmar only, on purpose: SMS pumping
 * (fraudsters requesting codes to expensive foreign ranges) is the main cost risk of SMS OTP, and
 * people abroad can sign in by email. Widen this list deliberately, with the send caps in mind.
 */
export const SMS_COUNTRIES: readonly CountryCode[] = ["MM"];
const DEFAULT_COUNTRY: CountryCode = "MM";
const MOBILE_TYPES = new Set(["MOBILE", "FIXED_LINE_OR_MOBILE"]);

function invalid(detail: FieldError): never {
  throw new AppError("validation_failed", { details: [detail] });
}

/**
 * Normalizes a phone (Myanmar mobile, any common spelling → E.164) or an email (trimmed,
 * lower-cased). Throws `validation_failed` with the field's path when it is not usable.
 */
export function normalizeContact(input: { phone?: string | null; email?: string | null }): Contact {
  if (!hasExactlyOneContact(input)) invalid({ path: "body", code: "contact_required", message: exactlyOneMessage });
  if (isPresent(input.phone)) return { kind: "phone", value: normalizePhone(input.phone) };
  return { kind: "email", value: normalizeEmail(input.email ?? "") };
}

function normalizePhone(text: string): string {
  const phone = parsePhoneNumberFromString(text.trim(), DEFAULT_COUNTRY);
  if (!phone?.isValid() || !phone.country || !SMS_COUNTRIES.includes(phone.country) || !MOBILE_TYPES.has(phone.getType() ?? "")) {
    invalid({ path: "body.phone", code: "invalid_phone", message: "Enter a Myanmar mobile number, e.g. 09 7xx xxx xxx" });
  }
  return phone.number;
}

const emailSchema = z.email();

function normalizeEmail(text: string): string {
  const email = text.trim().toLowerCase();
  if (email.length > 254 || !emailSchema.safeParse(email).success) {
    invalid({ path: "body.email", code: "invalid_email", message: "Enter a valid email address" });
  }
  return email;
}
