import type { CourseProgress } from "@/lib/learning/course-progress";
import type { EnrollmentStatusFilter, GrantReason, RevocationReasonValue } from "./student-schemas";

// The shapes the students pages and the rows route answer (types only, so client components may
// import them). Contacts are masked on the server: the full phone or email never leaves it (ADR 0020).

export type StudentContact = { phone: string | null; email: string | null };
export type AccountStatus = "active" | "deactivated" | "deleted";
/** The status staff act on: an ACTIVE enrollment past its expiry already reads as expired. */
export type EnrollmentStatus = EnrollmentStatusFilter;

export type StudentRowEnrollment = {
  courseId: string;
  courseTitle: string;
  status: EnrollmentStatus;
  percent: number;
  enrolledAt: string;
};

/** One row of the center's students table. */
export type CenterStudentRow = {
  userId: string;
  name: string | null;
  contact: StudentContact;
  accountStatus: AccountStatus;
  /** The enrollments in this center's courses the viewer may see, newest first. */
  enrollments: StudentRowEnrollment[];
  /** The latest of those enrollments' dates. */
  enrolledAt: string;
  /** The latest enrollment, lesson view or quiz attempt in those courses. */
  lastActivityAt: string;
};

export type CenterStudentPage = { items: CenterStudentRow[]; page: number; pageSize: number; total: number };

export type StudentEnrollment = {
  id: string;
  courseId: string;
  courseTitle: string;
  status: EnrollmentStatus;
  source: "order" | "admin_grant";
  enrolledAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
  revocationReason: RevocationReasonValue | null;
  /** The staff's note on a revocation (never in the activity log). */
  revocationNote: string | null;
  progress: CourseProgress;
};

export type StudentQuizResult = {
  quizId: string;
  quizTitle: string;
  courseTitle: string;
  passMarkPercent: number;
  attempts: number;
  /** Best score of a submitted attempt, null before the first one is submitted. */
  bestScorePercent: number | null;
  passed: boolean;
  lastAttemptAt: string;
};

export type StudentOrder = {
  id: string;
  reference: string;
  status: "pending" | "paid" | "failed" | "cancelled" | "expired" | "refunded" | "partially_refunded";
  courseTitle: string;
  total: number;
  refunded: number;
  currency: "MMK" | "USD";
  createdAt: string;
  paidAt: string | null;
  refunds: { id: string; amount: number; status: "requested" | "processing" | "succeeded" | "failed" | "rejected"; createdAt: string }[];
};

/** One student as this center sees them; `quizResults` / `orders` are null when the viewer's role may not read them. */
export type CenterStudentDetail = {
  userId: string;
  name: string | null;
  contact: StudentContact;
  accountStatus: AccountStatus;
  enrollments: StudentEnrollment[];
  quizResults: StudentQuizResult[] | null;
  orders: StudentOrder[] | null;
};

/** What "Enroll a student" found for a phone or email. */
export type ContactLookup =
  | { found: false }
  | { found: true; user: { userId: string; name: string | null; contact: StudentContact; activeCourseIds: string[] } };

export type GrantResult = { enrollmentId: string; created: boolean; reason: GrantReason };
