import { db } from "@/lib/db";
import { createCoupon, createUser } from "@/lib/testing/factories";
import { createCourseWithContent, enroll } from "@/lib/testing/learning-factories";
import { createPolicyVersion, DAY_MS } from "@/lib/testing/policy-factories";
import { createDevice } from "@/lib/testing/push-factories";
import { createQuizSetup } from "@/lib/testing/quiz-factories";
import { bearerFor } from "@/lib/testing/sign-in";

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const MAX_POOL = 300;

/**
 * Ids of real rows for the fuzzer to aim at, growing with every id a successful answer mentions
 * (an order just created, an attempt just started), so valid-shaped inputs reach deep code paths.
 */
export class IdPool {
  readonly ids: string[] = [];

  add(...ids: (string | null | undefined)[]) {
    for (const id of ids) if (id && !this.ids.includes(id) && this.ids.length < MAX_POOL) this.ids.push(id);
  }

  harvest(text: string) {
    this.add(...(text.match(UUID) ?? []).map((id) => id.toLowerCase()));
  }
}

/**
 * A student enrolled in a course with lessons, a live class, a quiz and a coupon; a policy to
 * acknowledge, a notification and a push device: one real row behind every id an endpoint takes.
 */
export async function seedFuzzWorld() {
  const pool = new IdPool();
  const student = await createUser({ name: "Fuzz Student" });
  const content = await createCourseWithContent({ liveClass: true });
  await enroll(student.id, content.course);
  const quiz = await createQuizSetup({ centerId: content.center.id });
  await enroll(student.id, quiz.course);
  const coupon = await createCoupon({ centerId: content.center.id, courseId: content.course.id });
  const policy = await createPolicyVersion({ effectiveAt: new Date(Date.now() - DAY_MS), material: true });
  const notification = await db.notification.create({ data: { userId: student.id, kind: "COURSE_ANNOUNCEMENT", title: "Hello", body: "မင်္ဂလာပါ" } });
  await createDevice(student.id);
  const liveClasses = await db.liveClass.findMany({ where: { courseId: content.course.id }, select: { id: true } });
  const instructorIds = await db.courseInstructor.findMany({ where: { courseId: content.course.id }, select: { instructorId: true } });
  pool.add(
    content.course.id,
    content.center.id,
    content.category.id,
    ...content.lessons.map((l) => l.id),
    ...liveClasses.map((l) => l.id),
    ...instructorIds.map((i) => i.instructorId),
    quiz.quiz.id,
    quiz.course.id,
    policy.id,
    notification.id,
  );
  return { pool, student, couponCode: coupon.code, bearer: await bearerFor(student.id) };
}

/** A fresh signed-in student, for endpoints whose success ends the caller's account or session. */
export async function freshStudent() {
  const user = await createUser();
  return { user, bearer: await bearerFor(user.id) };
}
