import { describe, expect, it } from "vitest";
import { getCenterAccess } from "@/lib/access/center-scope";
import { db } from "@/lib/db";
import { createUser, unique } from "@/lib/testing/factories";
import { enroll } from "@/lib/testing/learning-factories";
import { createPlatformAdmin } from "@/lib/testing/staff-factories";
import { completeLessons, createPaidOrder, createQuizAttempts, createStudentsCenter } from "@/lib/testing/student-factories";
import { getCenterStudent } from "./get-center-student";

/** A student of centers A (both courses, a quiz, a refunded order) and B (a course, a quiz, an order). */
async function setup() {
  const a = await createStudentsCenter();
  const b = await createStudentsCenter();
  const student = await createUser({ email: `${unique("thida")}@example.com` });
  const taughtOrder = await createPaidOrder(student.id, a.taught, { total: 40_000, refund: 10_000 });
  await db.enrollment.create({ data: { userId: student.id, courseId: a.taught.id, centerId: a.center.id, source: "ORDER", orderId: taughtOrder.id } });
  await enroll(student.id, a.other, { status: "REVOKED" });
  await db.enrollment.updateMany({ where: { userId: student.id, courseId: a.other.id }, data: { revokedAt: new Date(), revocationReason: "ADMIN", revocationNote: "Asked to leave" } });
  await completeLessons(student.id, a.taught, 3);
  const quizA = await createQuizAttempts(a.taught, student.id, [40, 80]);
  const quizAOther = await createQuizAttempts(a.other, student.id, [20]);
  await enroll(student.id, b.taught);
  await completeLessons(student.id, b.taught, 4);
  const quizB = await createQuizAttempts(b.taught, student.id, [100]);
  const orderB = await createPaidOrder(student.id, b.taught, { total: 99_000 });
  return { a, b, student, taughtOrder, quizA, quizAOther, quizB, orderB };
}

describe("getCenterStudent", () => {
  it("shows A's admin the student's enrollments, quiz results and orders in A only", async () => {
    const { a, b, student, taughtOrder, quizA, quizAOther, quizB, orderB } = await setup();
    const detail = await getCenterStudent(await getCenterAccess(a.admin.actor, a.center.id), student.id, "en");
    expect(detail).toMatchObject({ userId: student.id, accountStatus: "active", contact: { email: "th•••@example.com" } });
    expect(detail.enrollments.map((e) => [e.courseId, e.status, e.source]).sort()).toEqual(
      [
        [a.taught.id, "active", "order"],
        [a.other.id, "revoked", "admin_grant"],
      ].sort(),
    );
    expect(detail.enrollments.find((e) => e.courseId === a.taught.id)?.progress).toEqual({ completedLessons: 3, totalLessons: 4, percent: 75 });
    expect(detail.enrollments.find((e) => e.courseId === a.other.id)).toMatchObject({ revocationReason: "ADMIN", revocationNote: "Asked to leave" });
    expect(detail.quizResults?.map((q) => q.quizId).sort()).toEqual([quizA.id, quizAOther.id].sort());
    expect(detail.quizResults?.find((q) => q.quizId === quizA.id)).toMatchObject({ attempts: 2, bestScorePercent: 80, passed: true, passMarkPercent: 60 });
    expect(detail.quizResults?.find((q) => q.quizId === quizAOther.id)).toMatchObject({ attempts: 1, bestScorePercent: 20, passed: false });
    expect(detail.orders).toEqual([
      expect.objectContaining({ id: taughtOrder.id, status: "partially_refunded", total: 40_000, refunded: 10_000, refunds: [expect.objectContaining({ amount: 10_000, status: "succeeded" })] }),
    ]);
    const text = JSON.stringify(detail);
    for (const foreign of [b.taught.id, quizB.id, orderB.id, orderB.reference, student.email!]) expect(text).not.toContain(foreign);
  });

  it("shows A's instructor only the assigned course's enrollment and quiz results, and no orders", async () => {
    const { a, student, quizA } = await setup();
    const detail = await getCenterStudent(await getCenterAccess(a.instructor.actor, a.center.id), student.id, "en");
    expect(detail.enrollments.map((e) => e.courseId)).toEqual([a.taught.id]);
    expect(detail.quizResults?.map((q) => q.quizId)).toEqual([quizA.id]);
    expect(detail.orders).toBeNull();
  });

  it("answers not_found for an instructor's non-student, a foreign center's student, an unknown or malformed id", async () => {
    const { a, b } = await setup();
    const onlyOther = await createUser();
    await enroll(onlyOther.id, a.other);
    const onlyB = await createUser();
    await enroll(onlyB.id, b.other);
    const instructor = await getCenterAccess(a.instructor.actor, a.center.id);
    await expect(getCenterStudent(instructor, onlyOther.id, "en")).rejects.toMatchObject({ code: "not_found" });
    const admin = await getCenterAccess(a.admin.actor, a.center.id);
    for (const id of [onlyB.id, "0190a4b2-7c1d-7e3f-8a9b-0c1d2e3f4a5b", "not-a-uuid"]) {
      await expect(getCenterStudent(admin, id, "en")).rejects.toMatchObject({ code: "not_found" });
    }
    // B's admin cannot reach A's student through B either.
    await expect(getCenterStudent(await getCenterAccess(b.admin.actor, b.center.id), onlyOther.id, "en")).rejects.toMatchObject({ code: "not_found" });
  });

  it("lets the operator read it (orders included), as the permission table says", async () => {
    const { a, student } = await setup();
    const operator = await createPlatformAdmin();
    const detail = await getCenterStudent(await getCenterAccess(operator.actor, a.center.id), student.id, "en");
    expect(detail.enrollments).toHaveLength(2);
    expect(detail.orders).toHaveLength(1);
  });
});
