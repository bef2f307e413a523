import type { Actor } from "@/lib/auth/actor";
import { applyVerifiedMessage } from "@/lib/commerce/apply-verified-message";
import { createOrder } from "@/lib/commerce/orders/create-order";
import { db } from "@/lib/db";
import { startAttempt } from "@/lib/quizzes/start-attempt";
import { paymentMessage } from "./commerce-factories";
import { createCategory, createCoupon, createCourse, createUser, unique } from "./factories";
import { enroll } from "./learning-factories";
import { createLiveClass } from "./live-class-factories";
import { createPolicyVersion, DAY_MS } from "./policy-factories";
import { createDevice } from "./push-factories";
import { createQuizSetup } from "./quiz-factories";
import { actorFor, addStaff, createCenterWithStaff, createPlatformAdmin } from "./staff-factories";

/** Who calls a route in the authorization matrix. "A" resources belong to student A and center A. */
export const MATRIX_ACTORS = ["anonymous", "studentA", "studentB", "instructorA", "adminA", "adminB", "platformAdmin"] as const;
export type MatrixActor = (typeof MATRIX_ACTORS)[number];
export type SignedInActor = Exclude<MatrixActor, "anonymous">;

/**
 * The two-tenant world the matrix runs in: center A (owner, admin, instructor) and center B (owner,
 * admin); students A and B both enrolled in A's course and quiz course, so a 404 for B on A's
 * attempt or order comes from the ownership check, not from a missing enrollment; and one of each
 * resource a route can address, owned by student A or center A.
 */
export async function createMatrixFixtures() {
  const a = await createCenterWithStaff();
  const b = await createCenterWithStaff();
  const adminB = await addStaff(b.center.id, "ADMIN");
  const platformAdmin = await createPlatformAdmin();
  const studentA = await createUser({ email: `${unique("student-a")}@example.com` });
  const studentB = await createUser({ email: `${unique("student-b")}@example.com` });
  const users: Record<SignedInActor, { id: string; role?: "USER" | "PLATFORM_ADMIN" }> = {
    studentA,
    studentB,
    instructorA: a.instructor.user,
    adminA: a.admin.user,
    adminB: adminB.user,
    platformAdmin: platformAdmin.user,
  };

  const category = await createCategory();
  const course = await createCourse({ centerId: a.center.id, categoryId: category.id, instructorIds: [a.instructorProfile.id], lessons: 2 });
  // A course nobody is enrolled in, for new orders and coupon quotes; one student A has bought.
  const forSale = await createCourse({ centerId: a.center.id, categoryId: category.id, instructorIds: [a.instructorProfile.id] });
  const bought = await createCourse({ centerId: a.center.id, categoryId: category.id });
  const lessons = await db.lesson.findMany({ where: { courseId: course.id }, orderBy: { position: "asc" }, select: { id: true } });
  const quizSetup = await createQuizSetup({ centerId: a.center.id, instructorIds: [a.instructorProfile.id] });
  for (const student of [studentA, studentB]) {
    await enroll(student.id, course);
    await enroll(student.id, quizSetup.course);
  }
  const attempt = await startAttempt(actorFor(studentA, "mobile"), quizSetup.quiz.id, "en");
  const liveClass = await createLiveClass(course, { startsAt: new Date(Date.now() + 5 * 60_000) });

  const order = await createOrder({ actor: actorFor(studentA, "mobile"), locale: "en", idempotencyKey: null, courseId: bought.id, provider: "kbzpay" });
  await applyVerifiedMessage(paymentMessage({ reference: order.reference, total: order.total }));
  const coupon = await createCoupon({ centerId: a.center.id });
  const notification = await db.notification.create({ data: { userId: studentA.id, kind: "COURSE_ANNOUNCEMENT", title: "Class moves", body: "7 pm" } });
  const device = await createDevice(studentA.id);
  const policy = await createPolicyVersion({ effectiveAt: new Date(Date.now() - DAY_MS) });

  return {
    users,
    studentA,
    centerA: a.center,
    centerB: b.center,
    instructorProfileA: a.instructorProfile,
    course,
    lesson: lessons[1]!,
    forSale,
    quiz: quizSetup.quiz,
    quizCourse: quizSetup.course,
    attempt,
    liveClass,
    order,
    coupon,
    notification,
    device,
    policy,
  };
}

export type MatrixFixtures = Awaited<ReturnType<typeof createMatrixFixtures>>;

/**
 * What identifies student A or their private records. No answer to anyone but A (and center A's
 * staff on the dashboard, which shows its own students and orders) may contain any of these.
 */
export function privateMarksOfStudentA(fixtures: MatrixFixtures): string[] {
  const { studentA, order, attempt, notification, device } = fixtures;
  return [studentA.id, studentA.email!, studentA.phone!, order.id, order.reference, attempt.id, notification.id, device.token];
}

/** The web session's Actor for a matrix actor (the dashboard and site routes read it), or null. */
export function webActorOf(fixtures: MatrixFixtures, actor: MatrixActor): Actor | null {
  return actor === "anonymous" ? null : actorFor(fixtures.users[actor]);
}
