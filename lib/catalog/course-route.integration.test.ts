import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { callRoute } from "@/lib/testing/call-route";
import { createUser } from "@/lib/testing/factories";
import { createCourseWithContent, enroll, JOIN_URL, LESSON_BODY_EN, LESSON_BODY_MY } from "@/lib/testing/learning-factories";
import { bearerFor } from "@/lib/testing/sign-in";
import { GET as getLessonRoute } from "@/app/api/v1/courses/[id]/lessons/[lessonId]/route";
import { GET } from "@/app/api/v1/courses/[id]/route";

let fixture: Awaited<ReturnType<typeof createCourseWithContent>>;
const SECRETS = [LESSON_BODY_EN, LESSON_BODY_MY, "SECRET", JOIN_URL, "zoom"];

const getCourse = (id: string, authorization?: string) =>
  callRoute(GET, `/api/v1/courses/${id}`, { params: { id }, headers: { "accept-language": "en", ...(authorization ? { authorization } : {}) } });
const getLesson = (courseId: string, lessonId: string, authorization?: string) =>
  callRoute(getLessonRoute, `/api/v1/courses/${courseId}/lessons/${lessonId}`, { params: { id: courseId, lessonId }, headers: { "accept-language": "en", ...(authorization ? { authorization } : {}) } });

beforeAll(async () => {
  fixture = await createCourseWithContent({ liveClass: true });
});

describe("GET /api/v1/courses/{id}", () => {
  it("shows the outline, price, instructors, center and upcoming classes to anyone, with no body or join link", async () => {
    const res = await getCourse(fixture.course.id);
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      id: fixture.course.id,
      price: { amount: 25000, currency: "MMK" },
      lessonCount: 3,
      totalDurationSeconds: 180,
      center: { id: fixture.center.id },
      instructors: [{ id: fixture.instructor.id }],
      enrolled: false,
      progress: null,
    });
    expect(res.json.sections[0].lessons.map((l: { isPreview: boolean }) => l.isPreview)).toEqual([true, false, false]);
    expect(res.json.upcomingLiveClasses).toEqual([{ id: expect.any(String), title: "Live Q&A", startsAt: expect.any(String) }]);
    for (const secret of SECRETS) expect(res.text).not.toContain(secret);
  });

  it("personalises for a signed-in user: enrolled and progress, still without bodies", async () => {
    const student = await createUser();
    const auth = await bearerFor(student.id);
    expect((await getCourse(fixture.course.id, auth)).json).toMatchObject({ enrolled: false, progress: null });
    await enroll(student.id, fixture.course);
    await db.lessonProgress.create({ data: { userId: student.id, lessonId: fixture.lessons[0]!.id, courseId: fixture.course.id, completedAt: new Date() } });
    const res = await getCourse(fixture.course.id, auth);
    expect(res.json).toMatchObject({ enrolled: true, progress: { completedLessons: 1, totalLessons: 3, percent: 33 } });
    expect(res.json.sections[0].lessons[0].completed).toBe(true);
    expect(res.headers.get("cache-control")).toBe("no-store");
    for (const secret of SECRETS) expect(res.text).not.toContain(secret);
  });

  it("answers 404 for a draft course, a course of an inactive center, and a missing id; 422 for a malformed one", async () => {
    const draft = await createCourseWithContent({ status: "DRAFT" });
    const pending = await createCourseWithContent({ centerStatus: "PENDING" });
    const suspended = await createCourseWithContent({ centerStatus: "SUSPENDED" });
    for (const id of [draft.course.id, pending.course.id, suspended.course.id, "0196f3a2-7c1b-7d2e-8f00-123456789012"]) {
      const res = await getCourse(id);
      expect(res.status).toBe(404);
      expect(res.json.error.code).toBe("not_found");
    }
    expect((await getCourse("nope")).status).toBe(422);
  });

  it("still shows an unpublished course to its enrolled students", async () => {
    const archived = await createCourseWithContent({ status: "DRAFT" });
    const student = await createUser();
    await enroll(student.id, archived.course);
    expect((await getCourse(archived.course.id, await bearerFor(student.id))).status).toBe(200);
    expect((await getCourse(archived.course.id, await bearerFor((await createUser()).id))).status).toBe(404);
  });
});

describe("GET /api/v1/courses/{id}/lessons/{lessonId} (access gating)", () => {
  it("needs a token", async () => {
    const res = await getLesson(fixture.course.id, fixture.lessons[1]!.id);
    expect(res.status).toBe(401);
    for (const secret of SECRETS) expect(res.text).not.toContain(secret);
  });

  it("answers a non-enrolled user 404 for a paid lesson, like a missing id, and never shows the body", async () => {
    const auth = await bearerFor((await createUser()).id);
    const paid = await getLesson(fixture.course.id, fixture.lessons[1]!.id, auth);
    const missing = await getLesson(fixture.course.id, "0196f3a2-7c1b-7d2e-8f00-123456789012", auth);
    expect(paid.status).toBe(404);
    expect(paid.json.error.code).toBe(missing.json.error.code);
    expect(paid.text).not.toContain("SECRET");
  });

  it("opens a preview lesson to anyone signed in, but not a preview of a draft course", async () => {
    const auth = await bearerFor((await createUser()).id);
    const res = await getLesson(fixture.course.id, fixture.lessons[0]!.id, auth);
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ isPreview: true, enrolled: false, body: LESSON_BODY_EN });
    const draft = await createCourseWithContent({ status: "DRAFT" });
    expect((await getLesson(draft.course.id, draft.lessons[0]!.id, auth)).status).toBe(404);
  });

  it("gives enrolled students every lesson in their language; revoked or expired enrollments and other courses' lessons are 404", async () => {
    const student = await createUser();
    const auth = await bearerFor(student.id);
    const enrollment = await enroll(student.id, fixture.course);
    const my = await callRoute(getLessonRoute, "/x", { params: { id: fixture.course.id, lessonId: fixture.lessons[2]!.id }, headers: { authorization: auth, "accept-language": "my" } });
    expect(my.json).toMatchObject({ id: fixture.lessons[2]!.id, body: LESSON_BODY_MY, enrolled: true, completed: false });
    const other = await createCourseWithContent();
    expect((await getLesson(fixture.course.id, other.lessons[1]!.id, auth)).status).toBe(404);
    await db.enrollment.update({ where: { id: enrollment.id }, data: { status: "REVOKED" } });
    expect((await getLesson(fixture.course.id, fixture.lessons[2]!.id, auth)).status).toBe(404);
    await db.enrollment.update({ where: { id: enrollment.id }, data: { status: "ACTIVE", expiresAt: new Date(Date.now() - 1000) } });
    expect((await getLesson(fixture.course.id, fixture.lessons[2]!.id, auth)).status).toBe(404);
  });
});
