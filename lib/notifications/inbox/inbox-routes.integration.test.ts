import { describe, expect, it } from "vitest";
import { POST as readRoute } from "@/app/api/v1/me/notifications/[id]/read/route";
import { POST as readAllRoute } from "@/app/api/v1/me/notifications/read-all/route";
import { GET as listRoute } from "@/app/api/v1/me/notifications/route";
import { db } from "@/lib/db";
import { callRoute } from "@/lib/testing/call-route";
import { createUser } from "@/lib/testing/factories";
import { bearerFor } from "@/lib/testing/sign-in";

const headers = (authorization?: string): Record<string, string> => (authorization ? { authorization } : {});
const list = (authorization?: string, query = "") => callRoute(listRoute, `/api/v1/me/notifications${query}`, { headers: headers(authorization) });
const read = (id: string, authorization?: string) =>
  callRoute(readRoute, `/api/v1/me/notifications/${id}/read`, { method: "POST", params: { id }, headers: headers(authorization) });
const readAll = (authorization?: string) => callRoute(readAllRoute, "/api/v1/me/notifications/read-all", { method: "POST", headers: headers(authorization) });

async function inboxOf(userId: string, count: number) {
  const base = Date.parse("2026-11-01T00:00:00Z");
  for (let i = 0; i < count; i++) {
    await db.notification.create({
      data: { userId, kind: "COURSE_ANNOUNCEMENT", title: `Title ${i}`, body: `Body ${i}`, data: { courseId: "0196f3a2-7c1b-7d2e-8f00-123456789012" }, createdAt: new Date(base + i * 60_000) },
    });
  }
}

describe("the in-app inbox (/api/v1/me/notifications)", () => {
  it("lists the caller's notifications newest first in pages, with the unread count", async () => {
    const user = await createUser();
    await inboxOf(user.id, 5);
    const auth = await bearerFor(user.id);
    const first = await list(auth, "?limit=3");
    expect(first.status).toBe(200);
    const page = first.json as { items: { title: string; readAt: string | null; data: unknown }[]; nextCursor: string; unreadCount: number };
    expect(page.items.map((item) => item.title)).toEqual(["Title 4", "Title 3", "Title 2"]);
    expect(page.unreadCount).toBe(5);
    expect(page.items[0]?.data).toEqual({ courseId: "0196f3a2-7c1b-7d2e-8f00-123456789012" });
    const second = (await list(auth, `?limit=3&cursor=${page.nextCursor}`)).json as { items: { title: string }[]; nextCursor: string | null };
    expect(second.items.map((item) => item.title)).toEqual(["Title 1", "Title 0"]);
    expect(second.nextCursor).toBeNull();
    expect((await list(auth, "?cursor=garbage")).status).toBe(422);
    expect((await list(undefined)).status).toBe(401);
  });

  it("marks one or all read, idempotently; another person's notification answers 404 and stays unread", async () => {
    const [alice, bob] = await Promise.all([createUser(), createUser()]);
    await Promise.all([inboxOf(alice.id, 3), inboxOf(bob.id, 2)]);
    const [asAlice, asBob] = await Promise.all([bearerFor(alice.id), bearerFor(bob.id)]);
    const bobsFirst = await db.notification.findFirstOrThrow({ where: { userId: bob.id } });
    expect((await read(bobsFirst.id, asAlice)).status).toBe(404);
    expect((await db.notification.findUniqueOrThrow({ where: { id: bobsFirst.id } })).readAt).toBeNull();
    expect((await read("not-a-uuid", asAlice)).status).toBe(422);

    const alicesFirst = await db.notification.findFirstOrThrow({ where: { userId: alice.id } });
    expect((await read(alicesFirst.id, asAlice)).status).toBe(204);
    expect((await read(alicesFirst.id, asAlice)).status).toBe(204);
    expect(((await list(asAlice)).json as { unreadCount: number }).unreadCount).toBe(2);

    expect((await readAll(asAlice)).json).toEqual({ updated: 2 });
    expect((await readAll(asAlice)).json).toEqual({ updated: 0 });
    expect(((await list(asAlice)).json as { unreadCount: number }).unreadCount).toBe(0);
    expect(((await list(asBob)).json as { unreadCount: number }).unreadCount).toBe(2);
    expect((await readAll(undefined)).status).toBe(401);
  });
});
