import { db } from "@/lib/db";
import { createCategory, createCourse, unique } from "./factories";
import { createCenterWithStaff } from "./staff-factories";

/**
 * A center with staff and two courses: `taught` is assigned to the instructor, `other` is not.
 * Each course has `lessons` lessons (default 4).
 */
export async function createStudentsCenter(options: { lessons?: number } = {}) {
  const staff = await createCenterWithStaff();
  const category = await createCategory();
  const lessons = options.lessons ?? 4;
  const taught = await createCourse({ centerId: staff.center.id, categoryId: category.id, instructorIds: [staff.instructorProfile.id], lessons });
  const other = await createCourse({ centerId: staff.center.id, categoryId: category.id, lessons });
  return { ...staff, category, taught, other };
}

/** Marks the first `count` lessons of the course complete for the user, viewed at `at`. */
export async function completeLessons(userId: string, course: { id: string }, count: number, at = new Date()) {
  const lessons = await db.lesson.findMany({ where: { courseId: course.id }, orderBy: { position: "asc" }, take: count, select: { id: true } });
  await db.lessonProgress.createMany({ data: lessons.map((lesson) => ({ userId, lessonId: lesson.id, courseId: course.id, completedAt: at, lastViewedAt: at })) });
}

/** A published quiz of the course with one submitted attempt of the user per score (percent). */
export async function createQuizAttempts(course: { id: string; centerId: string }, userId: string, scores: number[], passMarkPercent = 60) {
  const quiz = await db.quiz.create({
    data: { centerId: course.centerId, courseId: course.id, titleEn: unique("Quiz"), titleMy: "စာမေးပွဲ", passMarkPercent, publishedAt: new Date() },
  });
  for (const [i, score] of scores.entries()) {
    await db.quizAttempt.create({
      data: {
        centerId: course.centerId,
        courseId: course.id,
        quizId: quiz.id,
        userId,
        attemptNumber: i + 1,
        status: "SUBMITTED",
        submittedAt: new Date(),
        score,
        maxScore: 100,
        scorePercent: score,
        passed: score >= passMarkPercent,
      },
    });
  }
  return quiz;
}

/** A paid order of the user for the course (no payment rows), optionally with a refund. */
export async function createPaidOrder(userId: string, course: { id: string; centerId: string }, options: { total?: number; refund?: number } = {}) {
  const total = options.total ?? 30_000;
  const refunded = options.refund ?? 0;
  const order = await db.order.create({
    data: {
      reference: unique("MMSO").replace("-", "_").toUpperCase(),
      userId,
      centerId: course.centerId,
      courseId: course.id,
      provider: "KBZPAY",
      status: refunded === 0 ? "PAID" : refunded < total ? "PARTIALLY_REFUNDED" : "REFUNDED",
      unitAmount: total,
      totalAmount: total,
      refundedAmount: refunded,
      currency: "MMK",
      paidAt: new Date(),
    },
  });
  if (refunded > 0) {
    await db.refund.create({ data: { centerId: course.centerId, orderId: order.id, provider: "KBZPAY", amount: refunded, currency: "MMK", reason: "test", status: "SUCCEEDED" } });
  }
  return order;
}
