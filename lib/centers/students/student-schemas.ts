import { z } from "zod";
import { unicodeLine } from "@/lib/text/unicode-schema";

// Shared by the dashboard's forms (react-hook-form + zodResolver), its server actions and the rows
// route: no server-only here.

export const ENROLLMENT_STATUS_FILTERS = ["active", "revoked", "expired"] as const;
export type EnrollmentStatusFilter = (typeof ENROLLMENT_STATUS_FILTERS)[number];

export const STUDENT_SORTS = ["activity", "enrolled"] as const;
export type StudentSort = (typeof STUDENT_SORTS)[number];

export const STUDENT_PAGE_SIZE = 25;
export const MAX_STUDENT_PAGE_SIZE = 100;

/** `?q=&courseId=&status=&sort=&page=&pageSize=` of the students table (blank values count as absent). */
export const listCenterStudentsQuery = z.object({
  /** A name (any part), or a whole phone number or email (matched exactly, see ADR 0020). */
  q: z.preprocess(blankToUndefined, unicodeLine().max(100).optional()),
  courseId: z.preprocess(blankToUndefined, z.uuid().optional()),
  status: z.preprocess(blankToUndefined, z.enum(ENROLLMENT_STATUS_FILTERS).optional()),
  sort: z.preprocess(blankToUndefined, z.enum(STUDENT_SORTS).default("activity")),
  page: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(10_000).default(1)),
  pageSize: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(MAX_STUDENT_PAGE_SIZE).default(STUDENT_PAGE_SIZE)),
});
export type ListCenterStudentsQuery = z.input<typeof listCenterStudentsQuery>;
export type ListCenterStudentsFilters = z.output<typeof listCenterStudentsQuery>;

function blankToUndefined(value: unknown): unknown {
  return typeof value === "string" && value.trim() === "" ? undefined : value;
}

import { GRANT_REASONS, REVOCATION_REASONS } from "@/lib/learning/enrollment-input";

// The grant and revoke forms use the domain's own schemas (lib/learning/enrollment-input.ts).
export {
  GRANT_REASONS,
  REVOCATION_REASONS,
  grantEnrollmentInput as grantEnrollmentForm,
  revokeEnrollmentInput as revokeEnrollmentForm,
  type GrantEnrollmentInput as GrantEnrollmentForm,
  type RevokeEnrollmentInput as RevokeEnrollmentForm,
} from "@/lib/learning/enrollment-input";
export type GrantReason = (typeof GRANT_REASONS)[number];
export type RevocationReasonValue = (typeof REVOCATION_REASONS)[number];

/** "Enroll a student": one box for a phone number (any common spelling) or an email. */
export const findUserByContactInput = z.object({
  contact: z.string().trim().min(1).max(254),
});
export type FindUserByContactInput = z.input<typeof findUserByContactInput>;
