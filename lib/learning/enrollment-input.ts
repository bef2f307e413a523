import { z } from "zod";
import { unicodeText } from "@/lib/text/unicode-schema";

// The input of manual grants and revocations: shared by the domain functions (server-only), the
// dashboard's forms (react-hook-form resolver) and their server actions — one schema each.

/** Why a center gives a course without an order. An enum, not free text: it goes into the activity log. */
export const GRANT_REASONS = ["SCHOLARSHIP", "OFFLINE_PAYMENT", "STAFF", "COMPENSATION", "OTHER"] as const;

export const grantEnrollmentInput = z.object({
  courseId: z.uuid(),
  userId: z.uuid(),
  reason: z.enum(GRANT_REASONS),
});
export type GrantEnrollmentInput = z.input<typeof grantEnrollmentInput>;

/** The RevocationReason enum. */
export const REVOCATION_REASONS = ["ADMIN", "REFUND", "CHARGEBACK", "CHILD_ACCOUNT", "OTHER"] as const;

export const revokeEnrollmentInput = z.object({
  enrollmentId: z.uuid(),
  reason: z.enum(REVOCATION_REASONS),
  /** Kept on the enrollment for the center's staff; never copied into the activity log. */
  note: unicodeText().max(500).optional(),
});
export type RevokeEnrollmentInput = z.input<typeof revokeEnrollmentInput>;
