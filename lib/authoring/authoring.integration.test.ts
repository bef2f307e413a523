import { beforeAll, describe, expect, it } from "vitest";
import { getCenterAccess, type CenterAccess } from "@/lib/access/center-scope";
import { db } from "@/lib/db";
import { createCategory, createCourse as createCourseRow, createInstructor } from "@/lib/testing/factories";
import { addStaff, createCenterWithStaff, testClient } from "@/lib/testing/staff-factories";
import { createCourse } from "./create-course";
import { assignInstructor, unassignInstructor } from "./instructors";
import { createLesson, deleteLesson, moveLesson, updateLesson } from "./lessons";
import { publishCourse, unpublishCourse } from "./publish-course";
import { createSection, moveSection, updateSection } from "./sections";
import { updateCourse } from "./update-course";

let a: Awaited<ReturnType<typeof createCenterWithStaff>>;
let b: Awaited<ReturnType<typeof createCenterWithStaff>>;
let categoryId: string;
const access = (staff: { actor: Parameters<typeof getCenterAccess>[0] }, center: { id: string }) => getCenterAccess(staff.actor, center.id);

beforeAll(async () => {
  [a, b] = await Promise.all([createCenterWithStaff(), createCenterWithStaff()]);
  categoryId = (await createCategory()).id;
});

async function outline(owner: CenterAccess) {
  const { courseId } = await createCourse(owner, { categoryId, titleEn: "Python Basics", titleMy: "Python အခြေခံ", priceAmount: 30000 });
  const s1 = await createSection(owner, { courseId, titleEn: "One" });
  const s2 = await createSection(owner, { courseId, titleMy: "နှစ်" });
  const l1 = await createLesson(owner, { sectionId: s1.sectionId, kind: "TEXT", titleEn: "L1", bodyEn: "body" });
  const l2 = await createLesson(owner, { sectionId: s1.sectionId, kind: "VIDEO", titleEn: "L2", videoUrl: "https://video.example/2", durationSeconds: 120 });
  return { courseId, s1: s1.sectionId, s2: s2.sectionId, l1: l1.lessonId, l2: l2.lessonId };
}

describe("authoring a course", () => {
  it("creates a draft, builds its outline in order, and moves sections and lessons", async () => {
    const owner = await access(a.owner, a.center);
    const o = await outline(owner);
    const course = await db.course.findUniqueOrThrow({ where: { id: o.courseId } });
    expect(course).toMatchObject({ centerId: a.center.id, status: "DRAFT", priceAmount: 30000, currency: "MMK", publishedAt: null });
    expect(course.slug).toMatch(/^python-basics-[0-9a-f]{6}$/);
    expect((await moveSection(owner, { sectionId: o.s2, position: 0 })).sectionIds).toEqual([o.s2, o.s1]);
    expect((await moveLesson(owner, { lessonId: o.l2, position: 0 })).lessonIds).toEqual([o.l2, o.l1]);
    expect((await moveLesson(owner, { lessonId: o.l1, sectionId: o.s2, position: 5 })).lessonIds).toEqual([o.l1]);
    const lessons = await db.lesson.findMany({ where: { courseId: o.courseId }, orderBy: { id: "asc" } });
    expect(lessons.map((l) => [l.id, l.sectionId, l.position]).sort()).toEqual([[o.l1, o.s2, 0], [o.l2, o.s1, 0]].sort());
    await updateLesson(owner, { lessonId: o.l1, titleMy: "သင်ခန်းစာ", isPreview: true });
    expect(await db.lesson.findUniqueOrThrow({ where: { id: o.l1 } })).toMatchObject({ titleEn: "L1", titleMy: "သင်ခန်းစာ", isPreview: true, bodyEn: "body" });
    await expect(updateLesson(owner, { lessonId: o.l1, titleEn: null, titleMy: null })).rejects.toMatchObject({ code: "validation_failed" });
    await expect(updateSection(owner, { sectionId: o.s2, titleMy: null })).rejects.toMatchObject({ code: "validation_failed" });
    await expect(createCourse(owner, { categoryId, priceAmount: 1 })).rejects.toThrow();
  });

  it("publishes only with a lesson, writes exactly one outbox row, keeps the first date, and guards the last lesson", async () => {
    const owner = await access(a.owner, a.center);
    const { courseId } = await createCourse(owner, { categoryId, titleEn: "Empty", priceAmount: 0 });
    await expect(publishCourse(owner, { courseId })).rejects.toMatchObject({ code: "conflict", details: { reason: "no_lessons" } });
    const { sectionId } = await createSection(owner, { courseId, titleEn: "S" });
    const { lessonId } = await createLesson(owner, { sectionId, kind: "TEXT", titleEn: "Only" });
    const first = await publishCourse(owner, { courseId }, testClient());
    await publishCourse(owner, { courseId });
    await unpublishCourse(owner, { courseId });
    expect((await db.course.findUniqueOrThrow({ where: { id: courseId } })).status).toBe("DRAFT");
    const again = await publishCourse(owner, { courseId });
    expect(again.publishedAt).toBe(first.publishedAt);
    const rows = await db.outboxMessage.findMany({ where: { kind: "course.published.followers", payload: { equals: { courseId } } } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.idempotencyKey).toBe(`course-published:${courseId}`);
    await expect(deleteLesson(owner, { lessonId })).rejects.toMatchObject({ code: "conflict" });
    expect(await db.activityLog.count({ where: { centerId: a.center.id, targetId: courseId, action: "course.published" } })).toBe(2);
  });

  it("logs a price change with the old and new amounts, and only owners and admins may change it", async () => {
    const admin = await access(a.admin, a.center);
    const { courseId } = await createCourse(admin, { categoryId, titleEn: "Priced", priceAmount: 10000 });
    await assignInstructor(admin, { courseId, instructorId: a.instructorProfile.id });
    await updateCourse(admin, { courseId, priceAmount: 15000 }, testClient());
    const log = await db.activityLog.findFirstOrThrow({ where: { targetId: courseId, action: "course.price_changed" } });
    expect(log).toMatchObject({ actorUserId: a.admin.user.id, centerId: a.center.id, metadata: { oldAmount: 10000, newAmount: 15000, oldCurrency: "MMK", newCurrency: "MMK" } });

    const instructor = await access(a.instructor, a.center);
    await expect(updateCourse(instructor, { courseId, priceAmount: 1 })).rejects.toMatchObject({ code: "forbidden" });
    await expect(updateCourse(instructor, { courseId, currency: "USD" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(publishCourse(instructor, { courseId })).rejects.toMatchObject({ code: "forbidden" });
    await expect(createCourse(instructor, { categoryId, titleEn: "Mine", priceAmount: 0 })).rejects.toMatchObject({ code: "forbidden" });
    // The same price again is not a change; text edits and lessons are the instructor's to make.
    await updateCourse(instructor, { courseId, priceAmount: 15000, summaryEn: "New summary" });
    const { sectionId } = await createSection(instructor, { courseId, titleEn: "By the instructor" });
    await createLesson(instructor, { sectionId, kind: "TEXT", titleEn: "Lesson by the instructor" });
    expect(await db.course.findUniqueOrThrow({ where: { id: courseId } })).toMatchObject({ priceAmount: 15000, summaryEn: "New summary" });
    expect(await db.activityLog.count({ where: { targetId: courseId, action: "course.price_changed" } })).toBe(1);
  });

  it("keeps an instructor out of their own center's unassigned courses (404)", async () => {
    const owner = await access(a.owner, a.center);
    const o = await outline(owner);
    const instructor = await access(a.instructor, a.center);
    await expect(updateCourse(instructor, { courseId: o.courseId, titleEn: "x" })).rejects.toMatchObject({ code: "not_found" });
    await expect(createSection(instructor, { courseId: o.courseId, titleEn: "x" })).rejects.toMatchObject({ code: "not_found" });
    await expect(updateSection(instructor, { sectionId: o.s1, titleEn: "x" })).rejects.toMatchObject({ code: "not_found" });
    await expect(moveSection(instructor, { sectionId: o.s1, position: 1 })).rejects.toMatchObject({ code: "not_found" });
    await expect(createLesson(instructor, { sectionId: o.s1, kind: "TEXT", titleEn: "x" })).rejects.toMatchObject({ code: "not_found" });
    await expect(updateLesson(instructor, { lessonId: o.l1, titleEn: "x" })).rejects.toMatchObject({ code: "not_found" });
    await expect(moveLesson(instructor, { lessonId: o.l1, position: 1 })).rejects.toMatchObject({ code: "not_found" });
    await expect(deleteLesson(instructor, { lessonId: o.l1 })).rejects.toMatchObject({ code: "not_found" });
  });

  it("assigns only active staff of the same center, idempotently", async () => {
    const owner = await access(a.owner, a.center);
    const { courseId } = await createCourse(owner, { categoryId, titleEn: "Team", priceAmount: 0 });
    await assignInstructor(owner, { courseId, instructorId: a.instructorProfile.id });
    await assignInstructor(owner, { courseId, instructorId: a.instructorProfile.id });
    expect(await db.courseInstructor.count({ where: { courseId } })).toBe(1);
    const outsider = await createInstructor();
    await expect(assignInstructor(owner, { courseId, instructorId: outsider.id })).rejects.toMatchObject({ code: "not_found" });
    await expect(assignInstructor(owner, { courseId, instructorId: b.instructorProfile.id })).rejects.toMatchObject({ code: "not_found" });
    const leaver = await addStaff(a.center.id, "INSTRUCTOR");
    await db.centerMembership.update({ where: { id: leaver.membership.id }, data: { status: "DEACTIVATED" } });
    await expect(assignInstructor(owner, { courseId, instructorId: leaver.instructorProfile!.id })).rejects.toMatchObject({ code: "not_found" });
    await unassignInstructor(owner, { courseId, instructorId: a.instructorProfile.id });
    await unassignInstructor(owner, { courseId, instructorId: a.instructorProfile.id });
    expect(await db.courseInstructor.count({ where: { courseId } })).toBe(0);
  });
});

describe("two tenants: center A's staff reach nothing of center B", () => {
  it("answers not_found for every B course, section and lesson id through every authoring function", async () => {
    const bOwner = await access(b.owner, b.center);
    const o = await outline(bOwner);
    const bSeeded = await createCourseRow({ centerId: b.center.id, categoryId, instructorIds: [b.instructorProfile.id] });
    const before = await db.course.findUniqueOrThrow({ where: { id: o.courseId } });
    for (const staff of [a.owner, a.admin]) {
      const acc = await access(staff, a.center);
      const calls: Array<() => Promise<unknown>> = [
        () => updateCourse(acc, { courseId: o.courseId, titleEn: "hacked" }),
        () => updateCourse(acc, { courseId: o.courseId, priceAmount: 1 }),
        () => publishCourse(acc, { courseId: o.courseId }),
        () => unpublishCourse(acc, { courseId: bSeeded.id }),
        () => createSection(acc, { courseId: o.courseId, titleEn: "x" }),
        () => updateSection(acc, { sectionId: o.s1, titleEn: "x" }),
        () => moveSection(acc, { sectionId: o.s1, position: 1 }),
        () => createLesson(acc, { sectionId: o.s1, kind: "TEXT", titleEn: "x" }),
        () => updateLesson(acc, { lessonId: o.l1, bodyEn: "x" }),
        () => moveLesson(acc, { lessonId: o.l1, position: 1 }),
        () => deleteLesson(acc, { lessonId: o.l1 }),
        () => assignInstructor(acc, { courseId: o.courseId, instructorId: a.instructorProfile.id }),
        () => unassignInstructor(acc, { courseId: bSeeded.id, instructorId: b.instructorProfile.id }),
      ];
      for (const call of calls) await expect(call()).rejects.toMatchObject({ code: "not_found" });
    }
    // A's own lessons cannot be moved into B's sections either.
    const aOwner = await access(a.owner, a.center);
    const mine = await outline(aOwner);
    await expect(moveLesson(aOwner, { lessonId: mine.l1, sectionId: o.s1, position: 0 })).rejects.toMatchObject({ code: "not_found" });
    // A's instructor (assigned to nothing of B) gets 404 through the functions it holds permission for.
    const aInstructor = await access(a.instructor, a.center);
    await expect(updateLesson(aInstructor, { lessonId: o.l1, bodyEn: "x" })).rejects.toMatchObject({ code: "not_found" });
    await expect(createSection(aInstructor, { courseId: bSeeded.id, titleEn: "x" })).rejects.toMatchObject({ code: "not_found" });
    expect(await db.course.findUniqueOrThrow({ where: { id: o.courseId } })).toEqual(before);
    expect(await db.lesson.count({ where: { courseId: o.courseId } })).toBe(2);
    expect(await db.courseInstructor.count({ where: { courseId: bSeeded.id } })).toBe(1);
  });
});
