import { describe, expect, it } from "vitest";
import { getCenterAccess } from "@/lib/access/center-scope";
import { POST as completeRoute } from "@/app/api/v1/lessons/[lessonId]/complete/route";
import { GET as myCoursesRoute } from "@/app/api/v1/me/courses/route";
import { db } from "@/lib/db";
import { callRoute } from "@/lib/testing/call-route";
import { createUser } from "@/lib/testing/factories";
import { createCourseWithContent, enroll } from "@/lib/testing/learning-factories";
import { bearerFor } from "@/lib/testing/sign-in";
import { actorFor, createCenterWithStaff, testClient } from "@/lib/testing/staff-factories";
import { createCourse, createCategory } from "@/lib/testing/factories";
import { grantEnrollment } from "./grant-enrollment";
import { requireEnrollment } from "./require-enrollment";
import { revokeEnrollment } from "./revoke-enrollment";

const complete = (lessonId: string, authorization?: string) =>
  callRoute(completeRoute, `/api/v1/lessons/${lessonId}/complete`, { method: "POST", params: { lessonId }, headers: authorization ? { authorization } : {} });

describe("POST /api/v1/lessons/{lessonId}/complete", () => {
  it("records completion idempotently and answers the course progress", async () => {
    const { course, lessons } = await createCourseWithContent({ lessons: 3 });
    const student = await createUser();
    const enrollment = await enroll(student.id, course);
    const auth = await bearerFor(student.id);
    const first = await complete(lessons[0]!.id, auth);
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({ lessonId: lessons[0]!.id, courseId: course.id, progress: { completedLessons: 1, totalLessons: 3, percent: 33 } });
    const again = await complete(lessons[0]!.id, auth);
    expect(again.json.completedAt).toBe(first.json.completedAt);
    expect(again.json.progress).toEqual({ completedLessons: 1, totalLessons: 3, percent: 33 });
    expect(await db.lessonProgress.count({ where: { userId: student.id } })).toBe(1);
    expect((await complete(lessons[1]!.id, auth)).json.progress.percent).toBe(66);
    expect((await db.enrollment.findUniqueOrThrow({ where: { id: enrollment.id } })).completedAt).toBeNull();
    expect((await complete(lessons[2]!.id, auth)).json.progress).toEqual({ completedLessons: 3, totalLessons: 3, percent: 100 });
    expect((await db.enrollment.findUniqueOrThrow({ where: { id: enrollment.id } })).completedAt).not.toBeNull();
  });

  it("keeps the math right when lessons are added or deleted", async () => {
    const { course, lessons } = await createCourseWithContent({ lessons: 2 });
    const student = await createUser();
    await enroll(student.id, course);
    const auth = await bearerFor(student.id);
    await complete(lessons[0]!.id, auth);
    await db.lesson.delete({ where: { id: lessons[0]!.id } });
    expect((await complete(lessons[1]!.id, auth)).json.progress).toEqual({ completedLessons: 1, totalLessons: 1, percent: 100 });
  });

  it("answers 404 to a signed-in user who is not enrolled (even for a preview lesson) and 401 without a token", async () => {
    const { lessons } = await createCourseWithContent();
    const user = await createUser();
    const auth = await bearerFor(user.id);
    expect((await complete(lessons[0]!.id, auth)).status).toBe(404);
    expect((await complete(lessons[1]!.id, auth)).status).toBe(404);
    expect((await complete("0196f3a2-7c1b-7d2e-8f00-123456789012", auth)).status).toBe(404);
    expect((await complete(lessons[1]!.id)).status).toBe(401);
    expect(await db.lessonProgress.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe("GET /api/v1/me/courses", () => {
  it("lists only the caller's ACTIVE enrollments, newest first, with progress, page by page", async () => {
    const [a, b, c, other] = await Promise.all([createCourseWithContent(), createCourseWithContent(), createCourseWithContent(), createCourseWithContent()]);
    const [student, stranger] = await Promise.all([createUser(), createUser()]);
    await enroll(student.id, a.course);
    await enroll(student.id, b.course);
    await enroll(student.id, c.course);
    await enroll(student.id, other.course, { status: "REVOKED" });
    await enroll(stranger.id, other.course);
    const auth = await bearerFor(student.id);
    await complete(b.lessons[0]!.id, auth);

    const first = await callRoute(myCoursesRoute, "/api/v1/me/courses?limit=2", { headers: { authorization: auth } });
    expect(first.status).toBe(200);
    expect(first.json.items.map((i: { course: { id: string } }) => i.course.id)).toEqual([c.course.id, b.course.id]);
    expect(first.json.items[1].progress).toEqual({ completedLessons: 1, totalLessons: 3, percent: 33 });
    const second = await callRoute(myCoursesRoute, `/api/v1/me/courses?limit=2&cursor=${first.json.nextCursor}`, { headers: { authorization: auth } });
    expect(second.json.items.map((i: { course: { id: string } }) => i.course.id)).toEqual([a.course.id]);
    expect(second.json.nextCursor).toBeNull();

    const theirs = await callRoute(myCoursesRoute, "/api/v1/me/courses", { headers: { authorization: await bearerFor(stranger.id) } });
    expect(theirs.json.items.map((i: { course: { id: string } }) => i.course.id)).toEqual([other.course.id]);
    expect((await callRoute(myCoursesRoute, "/api/v1/me/courses")).status).toBe(401);
    expect((await callRoute(myCoursesRoute, "/api/v1/me/courses?cursor=zzz", { headers: { authorization: auth } })).status).toBe(422);
  });
});

describe("grantEnrollment / revokeEnrollment", () => {
  it("grants through the center's access, logs it, and is idempotent; revoking closes access", async () => {
    const c = await createCenterWithStaff();
    const category = await createCategory();
    const course = await createCourse({ centerId: c.center.id, categoryId: category.id });
    const student = await createUser();
    const access = await getCenterAccess(c.admin.actor, c.center.id);
    const granted = await grantEnrollment(access, { courseId: course.id, userId: student.id, reason: "SCHOLARSHIP" }, testClient());
    expect(granted.created).toBe(true);
    expect((await grantEnrollment(access, { courseId: course.id, userId: student.id, reason: "SCHOLARSHIP" })).created).toBe(false);
    await expect(requireEnrollment(actorFor(student), course.id)).resolves.toMatchObject({ id: granted.enrollmentId });
    expect(await db.activityLog.count({ where: { centerId: c.center.id, action: "enrollment.granted" } })).toBe(1);

    expect((await revokeEnrollment(access, { enrollmentId: granted.enrollmentId, reason: "ADMIN", note: "left the class" })).revoked).toBe(true);
    expect((await revokeEnrollment(access, { enrollmentId: granted.enrollmentId, reason: "ADMIN" })).revoked).toBe(false);
    await expect(requireEnrollment(actorFor(student), course.id)).rejects.toMatchObject({ code: "not_found" });
    const log = await db.activityLog.findFirstOrThrow({ where: { centerId: c.center.id, action: "enrollment.revoked" } });
    expect(JSON.stringify(log.metadata)).not.toContain("left the class");

    expect((await grantEnrollment(access, { courseId: course.id, userId: student.id, reason: "OTHER" })).enrollmentId).toBe(granted.enrollmentId);
    await expect(requireEnrollment(actorFor(student), course.id)).resolves.toBeTruthy();
  });

  it("is 403 for instructors and 404 for another center's course or enrollment", async () => {
    const [a, b] = await Promise.all([createCenterWithStaff(), createCenterWithStaff()]);
    const category = await createCategory();
    const bCourse = await createCourse({ centerId: b.center.id, categoryId: category.id });
    const student = await createUser();
    const bEnrollment = await enroll(student.id, bCourse);
    const aAdmin = await getCenterAccess(a.admin.actor, a.center.id);
    await expect(grantEnrollment(aAdmin, { courseId: bCourse.id, userId: student.id, reason: "OTHER" })).rejects.toMatchObject({ code: "not_found" });
    await expect(revokeEnrollment(aAdmin, { enrollmentId: bEnrollment.id, reason: "ADMIN" })).rejects.toMatchObject({ code: "not_found" });
    const aInstructor = await getCenterAccess(a.instructor.actor, a.center.id);
    await expect(grantEnrollment(aInstructor, { courseId: bCourse.id, userId: student.id, reason: "OTHER" })).rejects.toMatchObject({ code: "forbidden" });
    expect((await db.enrollment.findUniqueOrThrow({ where: { id: bEnrollment.id } })).status).toBe("ACTIVE");
  });
});
