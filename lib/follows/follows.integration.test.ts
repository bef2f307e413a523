import pg from "pg";
import { describe, expect, it } from "vitest";
import { GET as getCenterRoute } from "@/app/api/v1/centers/[id]/route";
import { DELETE as unfollowRoute, POST as followRoute } from "@/app/api/v1/instructors/[id]/follow/route";
import { GET as getInstructorRoute } from "@/app/api/v1/instructors/[id]/route";
import { GET as followingRoute } from "@/app/api/v1/me/following/route";
import { db } from "@/lib/db";
import { callRoute } from "@/lib/testing/call-route";
import { createInstructor, createUser } from "@/lib/testing/factories";
import { createCourseWithContent } from "@/lib/testing/learning-factories";
import { bearerFor } from "@/lib/testing/sign-in";
import { notifyFollowersOfNewCourse } from "./notify-followers";

const follow = (id: string, authorization?: string, method: "POST" | "DELETE" = "POST") =>
  callRoute(method === "POST" ? followRoute : unfollowRoute, `/api/v1/instructors/${id}/follow`, { method, params: { id }, headers: authorization ? { authorization } : {} });
const instructor = (id: string, authorization?: string) =>
  callRoute(getInstructorRoute, `/api/v1/instructors/${id}`, { params: { id }, headers: authorization ? { authorization } : {} });

describe("follows", () => {
  it("follows and unfollows idempotently with 204, and shows followerCount and following", async () => {
    const { instructor: teacher } = await createCourseWithContent();
    const [alice, bob] = await Promise.all([createUser(), createUser()]);
    const [asAlice, asBob] = await Promise.all([bearerFor(alice.id), bearerFor(bob.id)]);
    expect((await follow(teacher.id)).status).toBe(401);
    expect((await follow(teacher.id, asAlice)).status).toBe(204);
    expect((await follow(teacher.id, asAlice)).status).toBe(204);
    expect(await db.follow.count({ where: { instructorId: teacher.id } })).toBe(1);
    expect((await instructor(teacher.id, asAlice)).json).toMatchObject({ followerCount: 1, following: true, courseCount: 1 });
    expect((await instructor(teacher.id, asBob)).json).toMatchObject({ followerCount: 1, following: false });
    expect((await instructor(teacher.id)).json).toMatchObject({ followerCount: 1, following: null });
    expect((await follow(teacher.id, asAlice, "DELETE")).status).toBe(204);
    expect((await follow(teacher.id, asAlice, "DELETE")).status).toBe(204);
    expect((await instructor(teacher.id, asAlice)).json).toMatchObject({ followerCount: 0, following: false });
  });

  it("a follow or unfollow through the API tells every instance to drop the instructor's cached page (ADR 0043)", async () => {
    const { instructor: teacher } = await createCourseWithContent();
    const asAlice = await bearerFor((await createUser()).id);
    const listener = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await listener.connect();
    const heard: string[] = [];
    listener.on("notification", (m) => heard.push(m.payload ?? ""));
    await listener.query("LISTEN mmso_public_reads");
    try {
      expect((await follow(teacher.id, asAlice)).status).toBe(204);
      expect((await follow(teacher.id, asAlice, "DELETE")).status).toBe(204);
      await expect.poll(() => heard.filter((p) => p.includes(`instructor:${teacher.id}:`)).length, { timeout: 5_000 }).toBe(2);
    } finally {
      await listener.end();
    }
  });

  it("hides instructors without a published course: 404 to view or follow", async () => {
    const hidden = await createInstructor();
    const draft = await createCourseWithContent({ status: "DRAFT" });
    const auth = await bearerFor((await createUser()).id);
    for (const id of [hidden.id, draft.instructor.id, "0196f3a2-7c1b-7d2e-8f00-123456789012"]) {
      expect((await instructor(id)).status).toBe(404);
      expect((await follow(id, auth)).status).toBe(404);
    }
  });

  it("lists whom the caller follows, newest first, page by page, and only theirs", async () => {
    const teachers = await Promise.all([createCourseWithContent(), createCourseWithContent(), createCourseWithContent()]);
    const [alice, bob] = await Promise.all([createUser(), createUser()]);
    const [asAlice, asBob] = await Promise.all([bearerFor(alice.id), bearerFor(bob.id)]);
    for (const t of teachers) expect((await follow(t.instructor.id, asAlice)).status).toBe(204);
    await follow(teachers[0]!.instructor.id, asBob);
    const first = await callRoute(followingRoute, "/api/v1/me/following?limit=2", { headers: { authorization: asAlice } });
    expect(first.json.items.map((i: { instructor: { id: string } }) => i.instructor.id)).toEqual([teachers[2]!.instructor.id, teachers[1]!.instructor.id]);
    const second = await callRoute(followingRoute, `/api/v1/me/following?limit=2&cursor=${first.json.nextCursor}`, { headers: { authorization: asAlice } });
    expect(second.json.items.map((i: { instructor: { id: string } }) => i.instructor.id)).toEqual([teachers[0]!.instructor.id]);
    expect(second.json.nextCursor).toBeNull();
    const bobs = await callRoute(followingRoute, "/api/v1/me/following", { headers: { authorization: asBob } });
    expect(bobs.json.items).toHaveLength(1);
  });

  it("writes one outbox row per course, however often it is called", async () => {
    const { course } = await createCourseWithContent();
    expect(await db.$transaction((tx) => notifyFollowersOfNewCourse(tx, course.id))).toEqual({ created: true });
    expect(await db.$transaction((tx) => notifyFollowersOfNewCourse(tx, course.id))).toEqual({ created: false });
    const rows = await db.outboxMessage.findMany({ where: { idempotencyKey: `course-published:${course.id}` } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kind: "course.published.followers", payload: { courseId: course.id }, status: "PENDING" });
  });
});

describe("GET /api/v1/centers/{id}", () => {
  it("shows an active center with its published courses only; inactive centers are 404", async () => {
    const { center, course } = await createCourseWithContent();
    const res = await callRoute(getCenterRoute, `/api/v1/centers/${center.id}`, { params: { id: center.id } });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ id: center.id, courseCount: 1, courses: [{ id: course.id }] });
    expect(res.json).not.toHaveProperty("contactPhone");
    expect(res.text).not.toContain("SECRET");
    const pending = await createCourseWithContent({ centerStatus: "PENDING" });
    expect((await callRoute(getCenterRoute, "/x", { params: { id: pending.center.id } })).status).toBe(404);
  });
});
