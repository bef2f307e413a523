import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { callRoute } from "@/lib/testing/call-route";
import { createCenter, createUser } from "@/lib/testing/factories";
import { createCourseIn, createEnrolledStudent, createLiveClass, enroll } from "@/lib/testing/live-class-factories";
import { bearerFor } from "@/lib/testing/sign-in";
import { POST } from "@/app/api/v1/live-classes/[id]/join/route";

let course: Awaited<ReturnType<typeof createCourseIn>>;
let otherCourse: Awaited<ReturnType<typeof createCourseIn>>;
let student: Awaited<ReturnType<typeof createUser>>;
let studentAuth: string;

beforeAll(async () => {
  const [center, otherCenter] = await Promise.all([createCenter(), createCenter()]);
  course = await createCourseIn(center.id);
  otherCourse = await createCourseIn(otherCenter.id);
  student = await createEnrolledStudent(course);
  studentAuth = await bearerFor(student.id);
});

const join = (id: string, authorization?: string) =>
  callRoute(POST, `/api/v1/live-classes/${id}/join`, { method: "POST", params: { id }, headers: authorization ? { authorization } : {} });

describe("POST /api/v1/live-classes/{id}/join", () => {
  it("gives an enrolled student the join link, never the host link, and records each join", async () => {
    const liveClass = await createLiveClass(course, { startsAt: new Date(Date.now() + 10 * 60_000) });
    const first = await join(liveClass.id, studentAuth);
    expect(first.status).toBe(200);
    expect(first.json).toEqual({ joinUrl: liveClass.zoomJoinUrl });
    expect(first.headers.get("cache-control")).toBe("no-store");
    expect(first.text).not.toContain(liveClass.zoomStartUrl!);
    expect(first.text).not.toContain(liveClass.zoomPassword!);
    await join(liveClass.id, studentAuth);
    const rows = await db.liveClassParticipation.findMany({ where: { liveClassId: liveClass.id } });
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.userId === student.id && r.joinRequestedAt instanceof Date && r.joinedAt === null)).toBe(true);
  });

  it("answers 404 to the non-enrolled, the revoked, the expired and another center's student, and records nothing", async () => {
    const liveClass = await createLiveClass(course);
    const stranger = await createUser();
    const revoked = await createUser();
    await enroll(revoked.id, course, { status: "REVOKED" });
    const expired = await createUser();
    await enroll(expired.id, course, { expiresAt: new Date(Date.now() - 1000) });
    const elsewhere = await createEnrolledStudent(otherCourse);
    for (const user of [stranger, revoked, expired, elsewhere]) {
      const res = await join(liveClass.id, await bearerFor(user.id));
      expect(res.status).toBe(404);
      expect(res.json.error.code).toBe("not_found");
      expect(res.text).not.toContain("zoom.us");
    }
    expect((await join("0196a5f0-0000-7000-8000-000000000000", studentAuth)).status).toBe(404);
    expect(await db.liveClassParticipation.count({ where: { liveClassId: liveClass.id } })).toBe(0);
  });

  it("answers 409 outside the join window, with the reason and the opening time", async () => {
    const early = await createLiveClass(course, { startsAt: new Date(Date.now() + 3600_000) });
    const res = await join(early.id, studentAuth);
    expect(res.status).toBe(409);
    expect(res.json.error.details).toEqual({ reason: "not_open_yet", joinOpensAt: new Date(early.startsAt.getTime() - 15 * 60_000).toISOString() });
    expect(res.text).not.toContain("zoom.us");
    const over = await createLiveClass(course, { startsAt: new Date(Date.now() - 2 * 3600_000), durationMinutes: 60 });
    expect((await join(over.id, studentAuth)).json.error.details.reason).toBe("ended");
    const running = await createLiveClass(course, { startsAt: new Date(Date.now() - 2 * 3600_000), durationMinutes: 60, status: "LIVE" });
    expect((await join(running.id, studentAuth)).status).toBe(200);
    const cancelled = await createLiveClass(course, { status: "CANCELLED" });
    expect((await join(cancelled.id, studentAuth)).json.error.details.reason).toBe("cancelled");
    expect(await db.liveClassParticipation.count({ where: { liveClassId: { in: [early.id, over.id, cancelled.id] } } })).toBe(0);
  });

  it("needs a token (401) and a UUID id (422)", async () => {
    expect((await join("0196a5f0-0000-7000-8000-000000000000")).status).toBe(401);
    const bad = await join("not-a-uuid", studentAuth);
    expect(bad.status).toBe(422);
    expect(bad.json.error.details[0].path).toBe("params.id");
  });
});
