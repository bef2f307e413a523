import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { createUser } from "./factories";

type CourseRef = { id: string; centerId: string };

/** An enrollment created at a given instant (the overview counts enrollments by creation day). */
export async function enrollAt(course: CourseRef, createdAt: Date, userId?: string) {
  const user = userId ?? (await createUser()).id;
  return db.enrollment.create({ data: { userId: user, courseId: course.id, centerId: course.centerId, source: "ADMIN_GRANT", createdAt } });
}

type OrderOptions = { total: number; currency?: "MMK" | "USD"; paidAt?: Date | null; status?: "PENDING" | "PAID" | "REFUNDED" | "PARTIALLY_REFUNDED" };

/** An order row as fulfilment leaves it (PAID with paidAt unless told otherwise); no ledger lines. */
export async function createOrderAt(course: CourseRef, options: OrderOptions) {
  const status = options.status ?? "PAID";
  return db.order.create({
    data: {
      reference: `T${randomBytes(8).toString("hex")}`,
      centerId: course.centerId,
      courseId: course.id,
      provider: "KBZPAY",
      status,
      unitAmount: options.total,
      totalAmount: options.total,
      currency: options.currency ?? "MMK",
      paidAt: options.paidAt === undefined ? (status === "PENDING" ? null : new Date()) : options.paidAt,
    },
  });
}

/** A refund of an order with the given outcome and processing time. */
export async function createRefundAt(order: { id: string; centerId: string; currency: "MMK" | "USD" }, amount: number, processedAt: Date | null, status: "REQUESTED" | "SUCCEEDED" = "SUCCEEDED") {
  return db.refund.create({
    data: { centerId: order.centerId, orderId: order.id, provider: "KBZPAY", amount, currency: order.currency, reason: "test", status, processedAt },
  });
}

/** A published quiz of a course with no questions (attempts are written directly). */
export async function createBareQuiz(course: CourseRef, titleEn: string) {
  return db.quiz.create({ data: { centerId: course.centerId, courseId: course.id, titleEn, titleMy: `စာမေးပွဲ ${titleEn}`, publishedAt: new Date() } });
}

let attemptNumber = 0;

/** A quiz attempt: graded (passed true/false) and submitted at `at`, or in progress when passed is null. */
export async function createAttemptAt(quiz: { id: string; courseId: string; centerId: string }, userId: string, at: Date, passed: boolean | null) {
  attemptNumber += 1;
  return db.quizAttempt.create({
    data: {
      centerId: quiz.centerId,
      courseId: quiz.courseId,
      quizId: quiz.id,
      userId,
      attemptNumber,
      status: passed === null ? "IN_PROGRESS" : "SUBMITTED",
      startedAt: at,
      submittedAt: passed === null ? null : at,
      passed,
      score: passed === null ? null : passed ? 3 : 1,
      maxScore: 3,
      scorePercent: passed === null ? null : passed ? 100 : 33,
    },
  });
}

/** A lesson viewed by a user at `at` (the first lesson of the course). */
export async function viewLessonAt(course: CourseRef, userId: string, at: Date) {
  const lesson = await db.lesson.findFirstOrThrow({ where: { courseId: course.id }, select: { id: true } });
  return db.lessonProgress.create({ data: { userId, lessonId: lesson.id, courseId: course.id, lastViewedAt: at } });
}

/** A catalog.search usage event as lib/analytics/record-search.ts writes it. */
export async function searchEventAt(q: string, centers: string[], at: Date) {
  return db.usageEvent.create({ data: { name: "catalog.search", props: { q, centers }, at, platform: "WEB" } });
}
