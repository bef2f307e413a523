import { z } from "zod";

// Shared by the public form and the server (no server-only). Error messages are message keys of
// the "platformAdmin.reportChild.errors" catalogue.

/** The public "report an account of a child under 13" form. */
export const childReportInput = z.object({
  /** The account's phone, email or public profile link. */
  account: z.string().trim().min(3, "account_required").max(500, "account_required"),
  reason: z.string().trim().min(10, "reason_too_short").max(2000, "reason_too_long"),
  /** How to reach the reporter, if they want an answer (optional). */
  contact: z
    .string()
    .trim()
    .max(200, "contact_too_long")
    .optional()
    .transform((value) => (value ? value : undefined)),
});
export type ChildReportInput = z.input<typeof childReportInput>;

const PROFILE_PATH = /\/instructors\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:[/?#]|$)/i;

/** What the reporter pasted: a public profile link (its instructor id), an email, or else a phone to normalize. */
export function readReportedAccount(text: string): { kind: "profile"; instructorId: string } | { kind: "email"; value: string } | { kind: "phone"; value: string } {
  const trimmed = text.trim();
  const profile = PROFILE_PATH.exec(trimmed);
  if (profile?.[1]) return { kind: "profile", instructorId: profile[1].toLowerCase() };
  if (trimmed.includes("@")) return { kind: "email", value: trimmed.toLowerCase() };
  return { kind: "phone", value: trimmed };
}
