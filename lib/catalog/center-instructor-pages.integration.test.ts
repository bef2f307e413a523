import { describe, expect, it } from "vitest";
import { createCategory, createCenter, createCourse, createInstructor } from "@/lib/testing/factories";
import { cachedGetPublicInstructor } from "./cached-catalog";
import { getCenterBySlug } from "./get-center-by-slug";
import { listCenterInstructors } from "./list-center-instructors";
import { listInstructorCenters } from "./list-instructor-centers";

const notFound = { code: "not_found" };

describe("getCenterBySlug", () => {
  it("finds an active center by slug, in the reader's language, with its published courses only", async () => {
    const [center, category, teacher] = await Promise.all([createCenter({ descriptionEn: "About us", descriptionMy: "ကျွန်ုပ်တို့အကြောင်း" }), createCategory(), createInstructor()]);
    const published = await createCourse({ centerId: center.id, categoryId: category.id, instructorIds: [teacher.id] });
    await createCourse({ centerId: center.id, categoryId: category.id, status: "DRAFT" });
    const en = await getCenterBySlug({ slug: center.slug, locale: "en" });
    expect(en).toMatchObject({ id: center.id, slug: center.slug, name: center.nameEn, description: "About us", courseCount: 1 });
    expect(en.courses.map((c) => c.id)).toEqual([published.id]);
    expect(await getCenterBySlug({ slug: center.slug, locale: "my" })).toMatchObject({ name: center.nameMy, description: "ကျွန်ုပ်တို့အကြောင်း" });
  });

  it("answers not_found for a pending or suspended center, an unknown slug and a malformed one alike", async () => {
    const [pending, suspended] = await Promise.all([createCenter({ status: "PENDING" }), createCenter({ status: "SUSPENDED" })]);
    for (const slug of [pending.slug, suspended.slug, "no-such-center", "", "a/b", "x".repeat(101), "' OR 1=1 --"]) {
      await expect(getCenterBySlug({ slug, locale: "en" }), slug).rejects.toMatchObject(notFound);
    }
  });
});

describe("listCenterInstructors", () => {
  it("lists only instructors with a published course of this center", async () => {
    const [center, other, category] = await Promise.all([createCenter(), createCenter(), createCategory()]);
    const [teaching, draftOnly, elsewhere] = await Promise.all([createInstructor(), createInstructor(), createInstructor()]);
    await createCourse({ centerId: center.id, categoryId: category.id, instructorIds: [teaching.id] });
    await createCourse({ centerId: center.id, categoryId: category.id, status: "DRAFT", instructorIds: [draftOnly.id] });
    await createCourse({ centerId: other.id, categoryId: category.id, instructorIds: [elsewhere.id, teaching.id] });
    const list = await listCenterInstructors({ centerId: center.id, locale: "my" });
    expect(list).toEqual([{ id: teaching.id, name: teaching.displayNameMy, headline: null, photoUrl: null }]);
    expect((await listCenterInstructors({ centerId: other.id, locale: "en" })).map((i) => i.id).sort()).toEqual([elsewhere.id, teaching.id].sort());
  });
});

describe("listInstructorCenters", () => {
  it("lists the active centers where the instructor has a published course", async () => {
    const category = await createCategory();
    const [active, pending, draftOnly, unrelated] = await Promise.all([createCenter(), createCenter({ status: "PENDING" }), createCenter(), createCenter()]);
    const [teacher, someoneElse] = await Promise.all([createInstructor(), createInstructor()]);
    await createCourse({ centerId: active.id, categoryId: category.id, instructorIds: [teacher.id] });
    await createCourse({ centerId: pending.id, categoryId: category.id, instructorIds: [teacher.id] });
    await createCourse({ centerId: draftOnly.id, categoryId: category.id, status: "DRAFT", instructorIds: [teacher.id] });
    await createCourse({ centerId: unrelated.id, categoryId: category.id, instructorIds: [someoneElse.id] });
    expect(await listInstructorCenters({ instructorId: teacher.id, locale: "en" })).toEqual([{ id: active.id, slug: active.slug, name: active.nameEn }]);
  });
});

describe("cachedGetPublicInstructor", () => {
  it("holds nothing personal: following is null whoever asks", async () => {
    const [center, category, teacher] = await Promise.all([createCenter(), createCategory(), createInstructor()]);
    await createCourse({ centerId: center.id, categoryId: category.id, instructorIds: [teacher.id] });
    expect(await cachedGetPublicInstructor(teacher.id, "en")).toMatchObject({ id: teacher.id, following: null, courseCount: 1, followerCount: 0 });
  });
});
