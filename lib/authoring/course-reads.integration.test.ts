import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getCenterAccess } from "@/lib/access/center-scope";
import { db } from "@/lib/db";
import { callRoute } from "@/lib/testing/call-route";
import { createCategory, createCourse as createCourseRow, createUser } from "@/lib/testing/factories";
import { enroll } from "@/lib/testing/learning-factories";
import { addStaff, createCenterWithStaff, createPlatformAdmin } from "@/lib/testing/staff-factories";
import { getCourseForEditing } from "./reads/get-course-for-editing";
import { getOutline } from "./reads/get-outline";
import { listCenterCoursesForAdmin } from "./reads/list-center-courses-for-admin";
import { listCourseInstructors } from "./reads/list-course-instructors";

// The dashboard's course reads and the outline route handler, against the real database, with
// the web session mocked (getWebActor) as in the coupon action tests.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/web-actor", () => ({ getWebActor: async () => session.actor }));
vi.mock("@/lib/i18n/current-locale", () => ({ currentLocale: async () => "en" }));

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
});

const accessOf = (staff: { actor: Actor }, center: { id: string }) => getCenterAccess(staff.actor, center.id);
const getOutlineRoute = (actor: Actor | null, slug: string, courseId: string) => {
  session.actor = actor;
  return callRoute(outlineRoute, `/center/${slug}/courses/${courseId}/outline`, { params: { slug, courseId } });
};

describe("course reads for the dashboard", () => {
  it("lists every status with price and active enrollments for admins, the assigned courses for instructors", async () => {
    const center = await createCenterWithStaff();
    const assigned = await createCourseRow({ centerId: center.center.id, categoryId, titleEn: "Assigned", priceAmount: 30000, instructorIds: [center.instructorProfile.id] });
    const draft = await createCourseRow({ centerId: center.center.id, categoryId, titleEn: "Draft", status: "DRAFT", priceAmount: 0 });
    await createCourseRow({ centerId: b.center.id, categoryId, titleEn: "Other center" });
    await enroll((await createUser()).id, assigned);
    await enroll((await createUser()).id, assigned, { status: "REVOKED" });

    const admin = await accessOf(center.admin, center.center);
    const all = await listCenterCoursesForAdmin(admin, {}, "en");
    expect(all.map((c) => c.title).sort()).toEqual(["Assigned", "Draft"]);
    expect(all.find((c) => c.id === assigned.id)).toMatchObject({ status: "PUBLISHED", priceAmount: 30000, currency: "MMK", enrollmentCount: 1 });
    expect((await listCenterCoursesForAdmin(admin, { status: "DRAFT" }, "en")).map((c) => c.id)).toEqual([draft.id]);
    await expect(listCenterCoursesForAdmin(admin, { status: "GONE" as never }, "en")).rejects.toThrow();

    const instructor = await accessOf(center.instructor, center.center);
    expect((await listCenterCoursesForAdmin(instructor, {}, "my")).map((c) => c.id)).toEqual([assigned.id]);
    const operator = await getCenterAccess((await createPlatformAdmin()).actor, center.center.id);
    expect(await listCenterCoursesForAdmin(operator, {}, "en")).toHaveLength(2);
  });

  it("gives a course's details, outline and instructors only inside the scope (else not_found)", async () => {
    const course = await createCourseRow({ centerId: a.center.id, categoryId, titleEn: "Scoped", lessons: 2 });
    const other = await addStaff(a.center.id, "INSTRUCTOR");
    const leaver = await addStaff(a.center.id, "INSTRUCTOR");
    await db.centerMembership.update({ where: { id: leaver.membership.id }, data: { status: "DEACTIVATED" } });
    await db.courseInstructor.create({ data: { courseId: course.id, centerId: a.center.id, instructorId: a.instructorProfile.id } });

    const owner = await accessOf(a.owner, a.center);
    expect(await getCourseForEditing(owner, course.id)).toMatchObject({ id: course.id, titleEn: "Scoped", status: "PUBLISHED", lessonCount: 2 });
    const outline = await getOutline(owner, course.id);
    expect(outline.sections).toHaveLength(1);
    expect(outline.sections[0]!.lessons).toHaveLength(2);
    const people = await listCourseInstructors(owner, course.id, "en");
    expect(people.assigned.map((p) => p.id)).toEqual([a.instructorProfile.id]);
    expect(people.available.map((p) => p.id)).toContain(other.instructorProfile!.id);
    expect(people.available.map((p) => p.id)).not.toContain(leaver.instructorProfile!.id);
    expect(people.available.map((p) => p.id)).not.toContain(b.instructorProfile.id);

    const bAdmin = await accessOf(b.admin, b.center);
    const stranger = await getCenterAccess(other.actor, a.center.id);
    for (const access of [bAdmin, stranger]) {
      await expect(getCourseForEditing(access, course.id)).rejects.toMatchObject({ code: "not_found" });
      await expect(getOutline(access, course.id)).rejects.toMatchObject({ code: "not_found" });
      await expect(listCourseInstructors(access, course.id, "en")).rejects.toMatchObject({ code: "not_found" });
    }
    await expect(getCourseForEditing(owner, "not-a-uuid")).rejects.toMatchObject({ code: "not_found" });
    const assignedInstructor = await accessOf(a.instructor, a.center);
    expect((await getOutline(assignedInstructor, course.id)).courseId).toBe(course.id);
  });
});

describe("the outline route handler", () => {
  it("answers the outline DTO to the center's staff and 404 to everyone else", async () => {
    const course = await createCourseRow({ centerId: a.center.id, categoryId, lessons: 1 });
    const ok = await getOutlineRoute(a.admin.actor, a.center.slug, course.id);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("cache-control")).toContain("no-store");
    expect(ok.json).toMatchObject({ courseId: course.id, sections: [{ lessons: [{ kind: "TEXT" }] }] });
    expect(Object.keys(ok.json.sections[0].lessons[0]).sort()).toEqual(["bodyEn", "bodyMy", "durationSeconds", "id", "isPreview", "kind", "titleEn", "titleMy", "videoUrl"]);

    expect((await getOutlineRoute(b.admin.actor, b.center.slug, course.id)).status).toBe(404);
    expect((await getOutlineRoute(b.admin.actor, a.center.slug, course.id)).status).toBe(404);
    expect((await getOutlineRoute(a.instructor.actor, a.center.slug, course.id)).status).toBe(404);
    expect((await getOutlineRoute(null, a.center.slug, course.id)).status).toBe(404);
    expect((await getOutlineRoute(a.admin.actor, a.center.slug, "nope")).status).toBe(404);
  });
});
