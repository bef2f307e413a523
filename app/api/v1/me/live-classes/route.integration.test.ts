import { beforeAll, describe, expect, it } from "vitest";
import { callRoute } from "@/lib/testing/call-route";
import { createCenter, createUser } from "@/lib/testing/factories";
import { createCourseIn, createEnrolledStudent, createLiveClass, enroll } from "@/lib/testing/live-class-factories";
import { bearerFor } from "@/lib/testing/sign-in";
import { GET } from "./route";

const hours = (h: number) => new Date(Date.now() + h * 3600_000);

let classes: Awaited<ReturnType<typeof createLiveClass>>[];
let studentAuth: string;

beforeAll(async () => {
  const [center, otherCenter] = await Promise.all([createCenter(), createCenter()]);
  const course = await createCourseIn(center.id);
  const second = await createCourseIn(center.id);
  const notMine = await createCourseIn(otherCenter.id);
  const student = await createEnrolledStudent(course);
  await enroll(student.id, second);
  studentAuth = await bearerFor(student.id);
  classes = [
    await createLiveClass(second, { startsAt: hours(48), titleEn: "Third" }),
    await createLiveClass(course, { startsAt: hours(2), titleEn: "Second" }),
    await createLiveClass(course, { startsAt: hours(-0.5), status: "LIVE", titleEn: "First (running)" }),
    await createLiveClass(course, { startsAt: hours(-5), titleEn: "Over" }),
    await createLiveClass(course, { startsAt: hours(3), status: "CANCELLED", titleEn: "Cancelled" }),
    await createLiveClass(notMine, { startsAt: hours(1), titleEn: "Not mine" }),
  ];
});

describe("GET /api/v1/me/live-classes", () => {
  it("lists my upcoming and running classes soonest first, paginated, without any Zoom link", async () => {
    const page1 = await callRoute(GET, "/api/v1/me/live-classes?limit=2", { headers: { authorization: studentAuth, "accept-language": "en" } });
    expect(page1.status).toBe(200);
    expect(page1.json.items.map((i: { title: string }) => i.title)).toEqual(["First (running)", "Second"]);
    expect(page1.json.items[0]).toMatchObject({ status: "LIVE", canJoinNow: true });
    expect(page1.json.items[1]).toMatchObject({ status: "SCHEDULED", canJoinNow: false, joinOpensAt: new Date(classes[1]!.startsAt.getTime() - 15 * 60_000).toISOString() });
    const page2 = await callRoute(GET, `/api/v1/me/live-classes?limit=2&cursor=${page1.json.nextCursor}`, { headers: { authorization: studentAuth } });
    expect(page2.json.items.map((i: { id: string }) => i.id)).toEqual([classes[0]!.id]);
    expect(page2.json.nextCursor).toBeNull();
    for (const text of [page1.text, page2.text]) {
      expect(text).not.toContain("zoom.us");
      expect(text).not.toMatch(/joinUrl|startUrl|password/i);
      for (const c of classes) expect(text).not.toContain(c.zoomMeetingId!);
    }
  });

  it("is empty for someone without enrollments, and needs a token", async () => {
    const stranger = await createUser();
    const res = await callRoute(GET, "/api/v1/me/live-classes", { headers: { authorization: await bearerFor(stranger.id) } });
    expect(res.json).toEqual({ items: [], nextCursor: null });
    expect((await callRoute(GET, "/api/v1/me/live-classes")).status).toBe(401);
    expect((await callRoute(GET, "/api/v1/me/live-classes?cursor=zzz", { headers: { authorization: studentAuth } })).status).toBe(422);
  });
});
