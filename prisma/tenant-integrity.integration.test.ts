import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createCategory, createCenter, createCoupon, createCourse, createUser, unique } from "@/lib/testing/factories";

// ADR 0001, "Tenancy": composite foreign keys make the database itself refuse a row that points at
// another center's (or another course's) row, whatever the application code does.

/** The write fails with Prisma's foreign-key error, raised by the named constraint. */
async function expectRejectedBy(write: Promise<unknown>, constraint: string) {
  const error = await write.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error, `expected ${constraint} to reject the write`).toMatchObject({ code: "P2003" });
  expect((error as Error).message).toContain(constraint);
}

let categoryId: string;
beforeAll(async () => {
  categoryId = (await createCategory()).id;
});

function orderData(course: { id: string; centerId: string }, userId: string, couponId: string | null) {
  return {
    reference: unique("ORD").replace("-", "_"),
    userId,
    centerId: course.centerId,
    courseId: course.id,
    provider: "KBZPAY" as const,
    unitAmount: 25_000,
    discountAmount: couponId ? 2_500 : 0,
    totalAmount: couponId ? 22_500 : 25_000,
    currency: "MMK" as const,
    couponId,
  };
}

describe("tenant integrity in the database", () => {
  it("rejects an order whose coupon belongs to another center", async () => {
    const [center, otherCenter, user] = await Promise.all([createCenter(), createCenter(), createUser()]);
    const course = await createCourse({ centerId: center.id, categoryId });
    const [ownCoupon, foreignCoupon] = await Promise.all([createCoupon({ centerId: center.id }), createCoupon({ centerId: otherCenter.id })]);

    await expectRejectedBy(db.order.create({ data: orderData(course, user.id, foreignCoupon.id) }), "orders_coupon_id_center_id_fkey");

    // The center's own coupon is accepted, and so is no coupon at all (MATCH SIMPLE: NULL skips the check).
    await expect(db.order.create({ data: orderData(course, user.id, ownCoupon.id) })).resolves.toMatchObject({ couponId: ownCoupon.id });
    await expect(db.order.create({ data: orderData(course, user.id, null) })).resolves.toMatchObject({ couponId: null });
  });

  it("rejects a quiz whose section is in another course, even of the same center", async () => {
    const center = await createCenter();
    const [course, otherCourse] = await Promise.all([createCourse({ centerId: center.id, categoryId }), createCourse({ centerId: center.id, categoryId })]);
    const [section, otherSection] = await Promise.all([
      db.section.findFirstOrThrow({ where: { courseId: course.id } }),
      db.section.findFirstOrThrow({ where: { courseId: otherCourse.id } }),
    ]);
    const quiz = (sectionId: string) => ({ centerId: center.id, courseId: course.id, sectionId, titleEn: "Quiz" });

    await expectRejectedBy(db.quiz.create({ data: quiz(otherSection.id) }), "quizzes_section_id_course_id_center_id_fkey");
    await expect(db.quiz.create({ data: quiz(section.id) })).resolves.toMatchObject({ sectionId: section.id });
  });

  it("rejects a quiz drawing from another course's question pool", async () => {
    const center = await createCenter();
    const [course, otherCourse] = await Promise.all([createCourse({ centerId: center.id, categoryId }), createCourse({ centerId: center.id, categoryId })]);
    const quiz = await db.quiz.create({ data: { centerId: center.id, courseId: course.id } });
    const foreignPool = await db.questionPool.create({ data: { centerId: center.id, courseId: otherCourse.id } });

    // Whichever course the draw claims, one of its two foreign keys does not match.
    await expectRejectedBy(
      db.quizPoolDraw.create({ data: { centerId: center.id, courseId: course.id, quizId: quiz.id, poolId: foreignPool.id } }),
      "quiz_pool_draws_pool_id_course_id_center_id_fkey",
    );
    await expectRejectedBy(
      db.quizPoolDraw.create({ data: { centerId: center.id, courseId: otherCourse.id, quizId: quiz.id, poolId: foreignPool.id } }),
      "quiz_pool_draws_quiz_id_course_id_center_id_fkey",
    );
  });

  it("keeps a section that quizzes point at until they are detached; deleting the course still cascades", async () => {
    const center = await createCenter();
    const course = await createCourse({ centerId: center.id, categoryId, status: "DRAFT" });
    const section = await db.section.findFirstOrThrow({ where: { courseId: course.id } });
    const quiz = await db.quiz.create({ data: { centerId: center.id, courseId: course.id, sectionId: section.id } });
    await db.liveClass.create({ data: { centerId: center.id, courseId: course.id, sectionId: section.id, startsAt: new Date(), endsAt: new Date() } });

    await expectRejectedBy(db.section.delete({ where: { id: section.id } }), "_section_id_course_id_center_id_fkey");

    await db.$transaction([
      db.quiz.updateMany({ where: { sectionId: section.id }, data: { sectionId: null } }),
      db.liveClass.updateMany({ where: { sectionId: section.id }, data: { sectionId: null } }),
      db.section.delete({ where: { id: section.id } }),
    ]);
    await expect(db.quiz.findUniqueOrThrow({ where: { id: quiz.id } })).resolves.toMatchObject({ sectionId: null });

    // A draft course is deleted with its whole content tree, section links included.
    const draft = await createCourse({ centerId: center.id, categoryId, status: "DRAFT" });
    const draftSection = await db.section.findFirstOrThrow({ where: { courseId: draft.id } });
    await db.quiz.create({ data: { centerId: center.id, courseId: draft.id, sectionId: draftSection.id } });
    await db.course.delete({ where: { id: draft.id } });
    await expect(db.quiz.count({ where: { courseId: draft.id } })).resolves.toBe(0);
  });
});
