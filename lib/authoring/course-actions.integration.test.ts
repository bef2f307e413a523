import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { ActionResult } from "@/lib/http/action-result";
import { callRoute } from "@/lib/testing/call-route";
import { createCategory, createCourse as createCourseRow } from "@/lib/testing/factories";
import { createCenterWithStaff } from "@/lib/testing/staff-factories";

// The course pages' server actions as Next runs them: the session's actor, the request's headers
// and language; the database is the real one. Every action is called across tenants too.
const session = vi.hoisted(() => ({ actor: null as Actor | null, locale: "en" as "en" | "my" }));
vi.mock("@/lib/auth/web-actor", () => ({ getWebActor: async () => session.actor }));
vi.mock("@/lib/i18n/current-locale", () => ({ currentLocale: async () => session.locale }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "Mozilla/5.0 Chrome/130.0", "x-request-id": "req-courses" }) }));

const course = await import("@/app/center/[slug]/courses/actions");
const outline = await import("@/app/center/[slug]/courses/[courseId]/outline-actions");
const { GET } = await import("@/app/center/[slug]/courses/[courseId]/outline/route");
// Next passes the route's own params; callRoute's handler type is the general record.
const outlineRoute = GET as unknown as Parameters<typeof callRoute>[0];

let a: Awaited<ReturnType<typeof createCenterWithStaff>>;
let b: Awaited<ReturnType<typeof createCenterWithStaff>>;
let categoryId: string;

beforeAll(async () => {
  [a, b] = await Promise.all([createCenterWithStaff(), createCenterWithStaff()]);
  categoryId = (await createCategory()).id;
});
beforeEach(() => {
  session.actor = null;
  session.locale = "en";
});

async function as<T>(actor: Actor | null, call: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  session.actor = actor;
  return call();
}
const data = <T,>(result: ActionResult<T>): T => {
  if (!result.ok) throw new Error(`action failed: ${result.error.code} ${result.error.message}`);
  return result.data;
};
const code = (result: ActionResult<unknown>) => (result.ok ? "ok" : result.error.code);

/** A draft course of center A with two sections, the first holding two lessons. */
async function draftWithOutline() {
  const slug = a.center.slug;
  const { courseId } = data(await as(a.admin.actor, () => course.createCourseAction(slug, { categoryId, titleEn: "Outline", priceAmount: 15000, currency: "MMK" })));
  const s1 = data(await as(a.admin.actor, () => outline.createSectionAction(slug, { courseId, titleEn: "One" }))).sectionId;
  const s2 = data(await as(a.admin.actor, () => outline.createSectionAction(slug, { courseId, titleMy: "နှစ်" }))).sectionId;
  const l1 = data(await as(a.admin.actor, () => outline.createLessonAction(slug, { sectionId: s1, kind: "TEXT", titleEn: "L1" }))).lessonId;
  const l2 = data(await as(a.admin.actor, () => outline.createLessonAction(slug, { sectionId: s1, kind: "VIDEO", titleEn: "L2", videoUrl: "https://v.example/2", durationSeconds: 60 }))).lessonId;
  return { courseId, s1, s2, l1, l2 };
}

describe("course actions", () => {
  it("creates a draft from the form input, logs the request, and edits details and price", async () => {
    const slug = a.center.slug;
    const created = data(await as(a.owner.actor, () => course.createCourseAction(slug, { categoryId, titleEn: "Web Design", titleMy: "ဝဘ်ဒီဇိုင်း", priceAmount: 1999, currency: "USD", level: "BEGINNER" })));
    expect(await db.course.findUniqueOrThrow({ where: { id: created.courseId } })).toMatchObject({ centerId: a.center.id, status: "DRAFT", priceAmount: 1999, currency: "USD", level: "BEGINNER" });
    expect(await db.activityLog.findFirstOrThrow({ where: { targetId: created.courseId, action: "course.created" } })).toMatchObject({ requestId: "req-courses" });

    data(await as(a.admin.actor, () => course.updateCourseAction(slug, { courseId: created.courseId, summaryEn: "Learn", titleMy: null, priceAmount: 50000, currency: "MMK" })));
    expect(await db.course.findUniqueOrThrow({ where: { id: created.courseId } })).toMatchObject({ summaryEn: "Learn", titleMy: null, priceAmount: 50000, currency: "MMK" });

    const invalid = await as(a.admin.actor, () => course.createCourseAction(slug, { categoryId, titleEn: "", priceAmount: Number.NaN }));
    expect(invalid.ok).toBe(false);
    if (!invalid.ok) {
      expect(invalid.error.code).toBe("validation_failed");
      expect(invalid.error.fields.map((f) => f.path)).toEqual(expect.arrayContaining(["priceAmount"]));
    }
    expect(code(await as(null, () => course.createCourseAction(slug, { categoryId, titleEn: "x", priceAmount: 0 })))).toBe("unauthorized");
  });

  it("refuses to publish a course without lessons, with the reason in the reader's language", async () => {
    const slug = a.center.slug;
    const { courseId } = data(await as(a.admin.actor, () => course.createCourseAction(slug, { categoryId, titleEn: "Empty", priceAmount: 0 })));
    const refused = await as(a.admin.actor, () => course.publishCourseAction(slug, courseId));
    expect(refused).toMatchObject({ ok: false, error: { code: "conflict", message: "Add at least one lesson to the outline before publishing." } });
    session.locale = "my";
    const burmese = await as(a.admin.actor, () => course.publishCourseAction(slug, courseId));
    expect(burmese.ok ? "" : burmese.error.message).toMatch(/[\u1000-\u109F]/);

    const { sectionId } = data(await as(a.admin.actor, () => outline.createSectionAction(slug, { courseId, titleEn: "S" })));
    const { lessonId } = data(await as(a.admin.actor, () => outline.createLessonAction(slug, { sectionId, kind: "TEXT", titleEn: "Only" })));
    data(await as(a.admin.actor, () => course.publishCourseAction(slug, courseId)));
    expect((await db.course.findUniqueOrThrow({ where: { id: courseId } })).status).toBe("PUBLISHED");
    const lastLesson = await as(a.admin.actor, () => outline.deleteLessonAction(slug, lessonId));
    expect(lastLesson.ok ? "" : lastLesson.error.message).toMatch(/[\u1000-\u109F]/);
    data(await as(a.admin.actor, () => course.unpublishCourseAction(slug, courseId)));
    expect((await db.course.findUniqueOrThrow({ where: { id: courseId } })).status).toBe("DRAFT");
  });

  it("reorders sections and lessons (also across sections) and the outline route shows the stored order", async () => {
    const slug = a.center.slug;
    const o = await draftWithOutline();
    expect(data(await as(a.admin.actor, () => outline.moveSectionAction(slug, { sectionId: o.s2, position: 0 }))).sectionIds).toEqual([o.s2, o.s1]);
    data(await as(a.admin.actor, () => outline.moveLessonAction(slug, { lessonId: o.l2, position: 0 })));
    data(await as(a.admin.actor, () => outline.moveLessonAction(slug, { lessonId: o.l1, sectionId: o.s2, position: 0 })));
    session.actor = a.admin.actor;
    const res = await callRoute(outlineRoute, "/x", { params: { slug, courseId: o.courseId } });
    expect(res.json.sections.map((s: { id: string; lessons: { id: string }[] }) => [s.id, s.lessons.map((l) => l.id)])).toEqual([[o.s2, [o.l1]], [o.s1, [o.l2]]]);
    const positions = await db.lesson.findMany({ where: { courseId: o.courseId }, select: { id: true, position: true } });
    expect(positions.every((l) => l.position === 0)).toBe(true);

    data(await as(a.admin.actor, () => outline.updateSectionAction(slug, { sectionId: o.s2, titleEn: "Two" })));
    data(await as(a.admin.actor, () => outline.updateLessonAction(slug, { lessonId: o.l2, isPreview: true, titleMy: "ဗီဒီယို" })));
    expect(await db.lesson.findUniqueOrThrow({ where: { id: o.l2 } })).toMatchObject({ isPreview: true, titleMy: "ဗီဒီယို", titleEn: "L2" });
  });

  it("deletes only an empty section, unplacing its quizzes, and renumbers the rest", async () => {
    const slug = a.center.slug;
    const o = await draftWithOutline();
    const full = await as(a.admin.actor, () => outline.deleteSectionAction(slug, o.s1));
    expect(full).toMatchObject({ ok: false, error: { code: "conflict", message: "Move or delete this section's lessons first." } });
    const quiz = await db.quiz.create({ data: { centerId: a.center.id, courseId: o.courseId, sectionId: o.s2, titleEn: "Q" } });
    data(await as(a.admin.actor, () => outline.moveSectionAction(slug, { sectionId: o.s2, position: 0 })));
    data(await as(a.admin.actor, () => outline.deleteSectionAction(slug, o.s2)));
    expect(await db.quiz.findUniqueOrThrow({ where: { id: quiz.id } })).toMatchObject({ sectionId: null, courseId: o.courseId });
    expect(await db.section.findMany({ where: { courseId: o.courseId }, select: { id: true, position: true } })).toEqual([{ id: o.s1, position: 0 }]);
  });

  it("assigns and unassigns instructors of the center", async () => {
    const slug = a.center.slug;
    const { courseId } = data(await as(a.admin.actor, () => course.createCourseAction(slug, { categoryId, titleEn: "Team", priceAmount: 0 })));
    data(await as(a.admin.actor, () => course.assignInstructorAction(slug, { courseId, instructorId: a.instructorProfile.id })));
    expect(await db.courseInstructor.count({ where: { courseId } })).toBe(1);
    expect(code(await as(a.admin.actor, () => course.assignInstructorAction(slug, { courseId, instructorId: b.instructorProfile.id })))).toBe("not_found");
    data(await as(a.admin.actor, () => course.unassignInstructorAction(slug, { courseId, instructorId: a.instructorProfile.id })));
    expect(await db.courseInstructor.count({ where: { courseId } })).toBe(0);
  });
});

describe("two tenants and instructors", () => {
  it("answers not_found to an admin of center B for every action on center A's course", async () => {
    const o = await draftWithOutline();
    const before = await db.course.findUniqueOrThrow({ where: { id: o.courseId } });
    for (const slug of [b.center.slug, a.center.slug]) {
      const calls: Array<() => Promise<ActionResult<unknown>>> = [
        () => course.updateCourseAction(slug, { courseId: o.courseId, titleEn: "hacked" }),
        () => course.updateCourseAction(slug, { courseId: o.courseId, priceAmount: 1 }),
        () => course.publishCourseAction(slug, o.courseId),
        () => course.unpublishCourseAction(slug, o.courseId),
        () => course.assignInstructorAction(slug, { courseId: o.courseId, instructorId: b.instructorProfile.id }),
        () => course.unassignInstructorAction(slug, { courseId: o.courseId, instructorId: a.instructorProfile.id }),
        () => outline.createSectionAction(slug, { courseId: o.courseId, titleEn: "x" }),
        () => outline.updateSectionAction(slug, { sectionId: o.s1, titleEn: "x" }),
        () => outline.deleteSectionAction(slug, o.s2),
        () => outline.moveSectionAction(slug, { sectionId: o.s2, position: 0 }),
        () => outline.createLessonAction(slug, { sectionId: o.s1, kind: "TEXT", titleEn: "x" }),
        () => outline.updateLessonAction(slug, { lessonId: o.l1, bodyEn: "x" }),
        () => outline.deleteLessonAction(slug, o.l1),
        () => outline.moveLessonAction(slug, { lessonId: o.l1, sectionId: o.s2, position: 0 }),
      ];
      for (const call of calls) expect(code(await as(b.admin.actor, call))).toBe("not_found");
    }
    expect(await db.course.findUniqueOrThrow({ where: { id: o.courseId } })).toEqual(before);
    expect(await db.lesson.count({ where: { courseId: o.courseId } })).toBe(2);
    expect(await db.section.count({ where: { courseId: o.courseId } })).toBe(2);
  });

  it("lets an instructor edit only assigned courses, and never create, price, publish or assign", async () => {
    const slug = a.center.slug;
    const mine = await draftWithOutline();
    const notMine = await draftWithOutline();
    await db.courseInstructor.create({ data: { courseId: mine.courseId, centerId: a.center.id, instructorId: a.instructorProfile.id } });
    const teacher = a.instructor.actor;

    data(await as(teacher, () => course.updateCourseAction(slug, { courseId: mine.courseId, summaryEn: "By the teacher" })));
    data(await as(teacher, () => outline.moveLessonAction(slug, { lessonId: mine.l2, position: 0 })));
    data(await as(teacher, () => outline.createLessonAction(slug, { sectionId: mine.s2, kind: "TEXT", titleEn: "Teacher's lesson" })));
    expect(code(await as(teacher, () => course.createCourseAction(slug, { categoryId, titleEn: "Mine", priceAmount: 0 })))).toBe("forbidden");
    expect(code(await as(teacher, () => course.updateCourseAction(slug, { courseId: mine.courseId, priceAmount: 1 })))).toBe("forbidden");
    expect(code(await as(teacher, () => course.publishCourseAction(slug, mine.courseId)))).toBe("forbidden");
    expect(code(await as(teacher, () => course.assignInstructorAction(slug, { courseId: mine.courseId, instructorId: a.instructorProfile.id })))).toBe("forbidden");
    expect(code(await as(teacher, () => course.unassignInstructorAction(slug, { courseId: mine.courseId, instructorId: a.instructorProfile.id })))).toBe("forbidden");

    expect(code(await as(teacher, () => course.updateCourseAction(slug, { courseId: notMine.courseId, summaryEn: "x" })))).toBe("not_found");
    expect(code(await as(teacher, () => outline.createSectionAction(slug, { courseId: notMine.courseId, titleEn: "x" })))).toBe("not_found");
    expect(code(await as(teacher, () => outline.moveSectionAction(slug, { sectionId: notMine.s2, position: 0 })))).toBe("not_found");
    expect(code(await as(teacher, () => outline.deleteSectionAction(slug, notMine.s2)))).toBe("not_found");
    expect(code(await as(teacher, () => outline.moveLessonAction(slug, { lessonId: mine.l1, sectionId: notMine.s2, position: 0 })))).toBe("not_found");
    session.actor = teacher;
    expect((await callRoute(outlineRoute, "/x", { params: { slug, courseId: notMine.courseId } })).status).toBe(404);
    expect((await callRoute(outlineRoute, "/x", { params: { slug, courseId: mine.courseId } })).status).toBe(200);
    expect(await db.course.findUniqueOrThrow({ where: { id: mine.courseId } })).toMatchObject({ summaryEn: "By the teacher", priceAmount: 15000, status: "DRAFT" });
    const seeded = await createCourseRow({ centerId: a.center.id, categoryId });
    expect(code(await as(teacher, () => course.unpublishCourseAction(slug, seeded.id)))).toBe("forbidden");
  });
});
