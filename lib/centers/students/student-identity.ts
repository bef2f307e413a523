import { maskContact } from "@/lib/auth/web/mask-contact";
import type { AccountStatus, EnrollmentStatus, StudentContact } from "./student-dto";

/**
 * A student's phone and email as the dashboard shows them: masked (`+959•••567`, `su•••@example.com`),
 * enough for staff to recognise a person they are talking to, not enough to copy (ADR 0020).
 */
export function maskedContact(user: { phone: string | null; email: string | null }): StudentContact {
  return {
    phone: user.phone ? maskContact("phone", user.phone) : null,
    email: user.email ? maskContact("email", user.email) : null,
  };
}

export function accountStatusOf(status: "ACTIVE" | "DEACTIVATED" | "DELETED"): AccountStatus {
  return status.toLowerCase() as AccountStatus;
}

/** An ACTIVE enrollment whose expiry has passed already reads as expired (the job may not have run yet). */
export function enrollmentStatusOf(row: { status: "ACTIVE" | "REVOKED" | "EXPIRED"; expiresAt: Date | null }, now = new Date()): EnrollmentStatus {
  if (row.status === "ACTIVE" && row.expiresAt && row.expiresAt <= now) return "expired";
  return row.status.toLowerCase() as EnrollmentStatus;
}
