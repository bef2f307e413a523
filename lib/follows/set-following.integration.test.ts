import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getInstructor } from "@/lib/catalog/get-instructor";
import { db } from "@/lib/db";
import { createInstructor, createUser } from "@/lib/testing/factories";
import { createCourseWithContent } from "@/lib/testing/learning-factories";
import { isFollowing } from "./is-following";
import { setFollowing } from "./set-following";

const actorFor = (userId: string): Actor => ({ userId, platformRole: "USER", sessionId: "web-session", sessionKind: "web" });

describe("setFollowing and isFollowing (the web's Follow button)", () => {
  it("follows and unfollows idempotently, for the actor only", async () => {
    const { instructor } = await createCourseWithContent();
    const alice = actorFor((await createUser()).id);
    const bob = actorFor((await createUser()).id);
    const instructorId = instructor.id;
    expect(await isFollowing({ actor: alice, instructorId })).toBe(false);
    await setFollowing({ actor: alice, instructorId, follow: true });
    await setFollowing({ actor: alice, instructorId, follow: true });
    expect(await isFollowing({ actor: alice, instructorId })).toBe(true);
    expect(await isFollowing({ actor: bob, instructorId })).toBe(false);
    expect(await getInstructor({ instructorId, actor: null, locale: "en" })).toMatchObject({ followerCount: 1 });
    await setFollowing({ actor: bob, instructorId, follow: false });
    expect(await isFollowing({ actor: alice, instructorId })).toBe(true);
    await setFollowing({ actor: alice, instructorId, follow: false });
    await setFollowing({ actor: alice, instructorId, follow: false });
    expect(await isFollowing({ actor: alice, instructorId })).toBe(false);
    expect(await db.follow.count({ where: { instructorId } })).toBe(0);
  });

  it("refuses to follow a hidden or missing instructor with not_found, and writes nothing", async () => {
    const hidden = await createInstructor();
    const draft = await createCourseWithContent({ status: "DRAFT" });
    const suspended = await createCourseWithContent({ centerStatus: "SUSPENDED" });
    const actor = actorFor((await createUser()).id);
    for (const instructorId of [hidden.id, draft.instructor.id, suspended.instructor.id, "0196f3a2-7c1b-7d2e-8f00-123456789012"]) {
      await expect(setFollowing({ actor, instructorId, follow: true }), instructorId).rejects.toMatchObject({ code: "not_found" });
    }
    expect(await db.follow.count({ where: { userId: actor.userId } })).toBe(0);
  });
});
