import { describe, expect, it } from "vitest";
import { POST as follow } from "@/app/api/v1/instructors/[id]/follow/route";
import { POST as join } from "@/app/api/v1/live-classes/[id]/join/route";
import { GET as myOrders } from "@/app/api/v1/me/orders/route";
import { POST as startAttempt } from "@/app/api/v1/quizzes/[id]/attempts/route";
import { createOrder } from "@/lib/commerce/orders/create-order";
import { db } from "@/lib/db";
import { callRoute } from "@/lib/testing/call-route";
import { createInstructor, createUser } from "@/lib/testing/factories";
import { createLiveClass, enroll } from "@/lib/testing/live-class-factories";
import { createQuizSetup } from "@/lib/testing/quiz-factories";
import { bearerFor } from "@/lib/testing/sign-in";
import { actorFor } from "@/lib/testing/staff-factories";

describe("policy S1.1c: learning activity is recorded", () => {
  it("keeps a student's purchases, follows, quiz attempts and live-class participation, each linked to them and to no one else", async () => {
    const instructor = await createInstructor();
    const { course, quiz } = await createQuizSetup({ instructorIds: [instructor.id] });
    const [student, other] = await Promise.all([createUser(), createUser()]);
    const auth = { authorization: await bearerFor(student.id) };
    const order = await createOrder({ actor: actorFor(student), locale: "en", idempotencyKey: null, courseId: course.id, provider: "kbzpay" });
    // The payment itself is other tests' business (lib/commerce/payments): here access is granted directly.
    await enroll(student.id, course);
    const liveClass = await createLiveClass(course);

    expect((await callRoute(follow, `/api/v1/instructors/${instructor.id}/follow`, { method: "POST", headers: auth, params: { id: instructor.id } })).status).toBeLessThan(300);
    expect((await callRoute(startAttempt, `/api/v1/quizzes/${quiz.id}/attempts`, { method: "POST", headers: auth, params: { id: quiz.id } })).status).toBe(201);
    expect((await callRoute(join, `/api/v1/live-classes/${liveClass.id}/join`, { method: "POST", headers: auth, params: { id: liveClass.id } })).status).toBe(200);

    const [orders, follows, attempts, participations] = await Promise.all([
      db.order.findMany({ where: { userId: student.id }, select: { id: true, reference: true, status: true, totalAmount: true, currency: true } }),
      db.follow.findMany({ where: { userId: student.id }, select: { instructorId: true } }),
      db.quizAttempt.findMany({ where: { userId: student.id }, select: { quizId: true } }),
      db.liveClassParticipation.findMany({ where: { userId: student.id }, select: { liveClassId: true, joinRequestedAt: true } }),
    ]);
    expect(orders).toEqual([expect.objectContaining({ id: order.id, reference: order.reference, status: "PENDING", currency: course.currency })]);
    expect(follows).toEqual([{ instructorId: instructor.id }]);
    expect(attempts).toEqual([{ quizId: quiz.id }]);
    expect(participations).toEqual([{ liveClassId: liveClass.id, joinRequestedAt: expect.any(Date) }]);

    // The student sees their purchase; nothing of it is anyone else's.
    const mine = await callRoute(myOrders, "/api/v1/me/orders", { headers: auth });
    expect(mine.json.items.map((o: { id: string }) => o.id)).toEqual([order.id]);
    const theirs = await callRoute(myOrders, "/api/v1/me/orders", { headers: { authorization: await bearerFor(other.id) } });
    expect(theirs.json.items).toEqual([]);
    const counts = await Promise.all([
      db.order.count({ where: { userId: other.id } }),
      db.follow.count({ where: { userId: other.id } }),
      db.quizAttempt.count({ where: { userId: other.id } }),
      db.liveClassParticipation.count({ where: { userId: other.id } }),
    ]);
    expect(counts).toEqual([0, 0, 0, 0]);
  });
});
