import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getCenterAccess } from "@/lib/access/center-scope";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { getSandboxZoomClient } from "@/lib/integrations/zoom/get-zoom-client";
import { ZoomError } from "@/lib/integrations/zoom/zoom-client";
import { createUser } from "@/lib/testing/factories";
import { createCourseIn, createLiveClass } from "@/lib/testing/live-class-factories";
import { createCenterWithStaff, createPlatformAdmin } from "@/lib/testing/staff-factories";
import { listCourseLiveClasses } from "./list-course-live-classes";

// The live-class page's reads, server actions and "Start as host" route, with the session mocked
// and the real database; Zoom is the sandbox (a failure is simulated on it).
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/web-actor", () => ({ getWebActor: async () => session.actor }));
vi.mock("@/lib/i18n/current-locale", () => ({ currentLocale: async () => "en" }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "Mozilla/5.0 Chrome/130.0", "x-request-id": "req-live" }) }));

const actions = await import("@/app/center/[slug]/courses/[courseId]/live-classes/actions");
const { GET: startAsHost } = await import("@/app/center/[slug]/courses/[courseId]/live-classes/[liveClassId]/start/route");

type Staffed = Awaited<ReturnType<typeof createCenterWithStaff>>;
type Course = Awaited<ReturnType<typeof createCourseIn>>;
const inHours = (hours: number) => new Date(Date.now() + hours * 3600_000);

let a: Staffed;
let b: Staffed;
let courseA: Course;
let unassignedA: Course;

beforeAll(async () => {
  [a, b] = await Promise.all([createCenterWithStaff(), createCenterWithStaff()]);
  courseA = await createCourseIn(a.center.id, [a.instructorProfile.id]);
  unassignedA = await createCourseIn(a.center.id);
});

beforeEach(() => {
  session.actor = null;
  vi.restoreAllMocks();
});

const host = (slug: string, courseId: string, liveClassId: string) =>
  startAsHost(new Request(`http://localhost/center/${slug}/courses/${courseId}/live-classes/${liveClassId}/start`), { params: Promise.resolve({ slug, courseId, liveClassId }) });

describe("listCourseLiveClasses", () => {
  it("splits a course's classes into upcoming, past and cancelled, counting each student once", async () => {
    const course = await createCourseIn(a.center.id, [a.instructorProfile.id]);
    const later = await createLiveClass(course, { startsAt: inHours(48), titleEn: "Later" });
    const soon = await createLiveClass(course, { startsAt: inHours(2), durationMinutes: 90, titleEn: "Soon" });
    const live = await createLiveClass(course, { startsAt: inHours(-0.5), status: "LIVE" });
    const ended = await createLiveClass(course, { startsAt: inHours(-30), status: "ENDED" });
    const overdue = await createLiveClass(course, { startsAt: inHours(-5), durationMinutes: 60 }); // never started, now over
    const cancelled = await createLiveClass(course, { startsAt: inHours(10), status: "CANCELLED" });
    const [s1, s2] = await Promise.all([createUser(), createUser()]);
    await db.liveClassParticipation.createMany({
      data: [
        { liveClassId: ended.id, userId: s1.id },
        { liveClassId: ended.id, userId: s1.id },
        { liveClassId: ended.id, userId: s2.id },
        { liveClassId: live.id, userId: s2.id },
      ],
    });

    const instructor = await getCenterAccess(a.instructor.actor, a.center.id);
    const list = await listCourseLiveClasses(instructor, course.id);
    expect(list.course.id).toBe(course.id);
    expect(list.upcoming.map((c) => [c.id, c.participants])).toEqual([
      [live.id, 1],
      [soon.id, 0],
      [later.id, 0],
    ]);
    expect(list.past.map((c) => [c.id, c.participants])).toEqual([
      [overdue.id, 0],
      [ended.id, 2],
    ]);
    expect(list.cancelled.map((c) => c.id)).toEqual([cancelled.id]);
    expect(list.upcoming[1]).toMatchObject({ titleEn: "Soon", durationMinutes: 90, status: "SCHEDULED", zoomMeetingId: soon.zoomMeetingId });
    // No host or join link, no passcode, in the list.
    expect(JSON.stringify(list)).not.toMatch(/zoom\.us|zak=|pwd=|Pw[0-9a-f]{8}/);
  });

  it("answers not_found to another center's admin and to an unassigned instructor", async () => {
    const adminB = await getCenterAccess(b.admin.actor, b.center.id);
    const instructorA = await getCenterAccess(a.instructor.actor, a.center.id);
    await expect(listCourseLiveClasses(adminB, courseA.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(listCourseLiveClasses(instructorA, unassignedA.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(listCourseLiveClasses(instructorA, "nope")).rejects.toMatchObject({ code: "not_found" });
    const operator = await getCenterAccess((await createPlatformAdmin()).actor, a.center.id);
    expect((await listCourseLiveClasses(operator, unassignedA.id)).course.id).toBe(unassignedA.id);
  });
});

describe("live class server actions and the host link", () => {
  it("schedule (creating the Zoom meeting), move, start as host and cancel, as the assigned instructor", async () => {
    session.actor = a.instructor.actor;
    const slug = a.center.slug;
    const scheduled = await actions.scheduleLiveClassAction(slug, { courseId: courseA.id, titleEn: "Q&A", titleMy: "မေးဖြေ", startsAt: inHours(72), durationMinutes: 60 });
    expect(scheduled).toMatchObject({ ok: true, data: { courseId: courseA.id, status: "SCHEDULED" } });
    const id = scheduled.ok ? scheduled.data.id : "";
    const row = await db.liveClass.findUniqueOrThrow({ where: { id } });
    expect(getSandboxZoomClient().requests.at(-1)).toMatchObject({ operation: "createMeeting", body: { topic: "Q&A" } });

    const newStart = inHours(96);
    expect(await actions.updateLiveClassAction(slug, id, { startsAt: newStart, durationMinutes: 45 })).toMatchObject({ ok: true, data: { startsAt: newStart.toISOString() } });

    const started = await host(slug, courseA.id, id);
    expect(started.status).toBe(303);
    expect(started.headers.get("location")).toBe(row.zoomStartUrl);
    expect(started.headers.get("cache-control")).toBe("no-store");

    expect(await actions.cancelLiveClassAction(slug, id)).toMatchObject({ ok: true, data: { status: "CANCELLED" } });
    expect(await actions.cancelLiveClassAction(slug, id)).toMatchObject({ ok: false, error: { code: "conflict" } });
    const closed = await host(slug, courseA.id, id);
    expect(closed.status).toBe(303);
    expect(closed.headers.get("location")).toBe(`http://localhost/center/${slug}/courses/${courseA.id}/live-classes?error=conflict`);
  });

  it("answers a Zoom failure as unavailable and stores nothing; a past start as a field error", async () => {
    session.actor = a.admin.actor;
    vi.spyOn(getSandboxZoomClient(), "createMeeting").mockRejectedValueOnce(new ZoomError("unavailable", "createMeeting", 503));
    const before = await db.liveClass.count({ where: { courseId: courseA.id } });
    const failed = await actions.scheduleLiveClassAction(a.center.slug, { courseId: courseA.id, titleEn: "Zoom down", startsAt: inHours(24), durationMinutes: 30 });
    expect(failed).toMatchObject({ ok: false, error: { code: "unavailable", fields: [] } });
    expect(await db.liveClass.count({ where: { courseId: courseA.id } })).toBe(before);

    const past = await actions.scheduleLiveClassAction(a.center.slug, { courseId: courseA.id, startsAt: inHours(-1), durationMinutes: 30 });
    expect(past).toMatchObject({ ok: false, error: { code: "validation_failed", fields: [expect.objectContaining({ path: "startsAt", code: "in_the_past" })] } });
    const tooShort = await actions.scheduleLiveClassAction(a.center.slug, { courseId: courseA.id, startsAt: inHours(5), durationMinutes: 5 });
    expect(tooShort).toMatchObject({ ok: false, error: { fields: [expect.objectContaining({ path: "durationMinutes" })] } });
  });

  it("answer not_found to another center's admin and to an unassigned instructor, and never reveal the host link", async () => {
    const theirs = await createLiveClass(unassignedA, { startsAt: inHours(30) });
    const attempts = async (slug: string) => {
      const results = await Promise.all([
        actions.scheduleLiveClassAction(slug, { courseId: unassignedA.id, startsAt: inHours(30), durationMinutes: 30 }),
        actions.updateLiveClassAction(slug, theirs.id, { titleEn: "Hijack" }),
        actions.cancelLiveClassAction(slug, theirs.id),
      ]);
      return results.map((r) => (r.ok ? "ok" : r.error.code));
    };
    session.actor = b.admin.actor;
    expect(await attempts(b.center.slug)).toEqual(["not_found", "not_found", "not_found"]);
    expect(await attempts(a.center.slug)).toEqual(["not_found", "not_found", "not_found"]);
    for (const slug of [a.center.slug, b.center.slug]) {
      const response = await host(slug, unassignedA.id, theirs.id);
      expect(response.status).toBe(404);
      expect(response.headers.get("location")).toBeNull();
    }
    session.actor = a.instructor.actor;
    expect(await attempts(a.center.slug)).toEqual(["not_found", "not_found", "not_found"]);
    expect((await host(a.center.slug, unassignedA.id, theirs.id)).status).toBe(404);
    session.actor = null;
    expect(await attempts(a.center.slug)).toEqual(["unauthorized", "unauthorized", "unauthorized"]);
    expect((await host(a.center.slug, unassignedA.id, theirs.id)).headers.get("location")).toContain("/login?next=");

    expect(await db.liveClass.findUniqueOrThrow({ where: { id: theirs.id } })).toMatchObject({ status: "SCHEDULED", titleEn: theirs.titleEn });
    expect(await db.liveClass.count({ where: { courseId: unassignedA.id } })).toBe(1);
    // The center's admin may start it.
    session.actor = a.admin.actor;
    expect((await host(a.center.slug, unassignedA.id, theirs.id)).headers.get("location")).toBe(theirs.zoomStartUrl);
  });
});
