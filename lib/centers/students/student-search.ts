import "server-only";
import { normalizeContact } from "@/lib/contact/normalize-contact";
import { AppError } from "@/lib/http/errors";

export type StudentSearch = { kind: "name"; pattern: string } | { kind: "phone"; value: string } | { kind: "email"; value: string };

const PHONE_LIKE = /^[+\d][\d\s().-]{5,}$/;

/**
 * What the students search box means. An email or a whole phone number (any spelling
 * libphonenumber reads as a Myanmar mobile) matches the account exactly; anything else is a part
 * of a name. Contacts never match by a fragment: with masked contacts on screen, fragment search
 * would let anyone read a number digit by digit (ADR 0020).
 */
export function parseStudentSearch(q: string): StudentSearch {
  const text = q.trim();
  if (text.includes("@")) return { kind: "email", value: text.toLowerCase() };
  if (PHONE_LIKE.test(text)) {
    try {
      const contact = normalizeContact({ phone: text });
      if (contact.kind === "phone") return { kind: "phone", value: contact.value };
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
    }
  }
  return { kind: "name", pattern: `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%` };
}
