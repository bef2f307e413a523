import { describe, expect, it } from "vitest";
import { getCenterAccess } from "@/lib/access/center-scope";
import { db } from "@/lib/db";
import { createUser } from "@/lib/testing/factories";
import { actorFor, createCenterWithStaff, createPlatformAdmin, testClient } from "@/lib/testing/staff-factories";
import { listActivity, listAllActivity } from "./list-activity";
import { logActivity } from "./log-activity";

describe("activity log", () => {
  it("copies the request's ip, country, device, os, browser, app version and request id (policy C1)", async () => {
    const c = await createCenterWithStaff();
    const client = testClient({ appVersion: "1.4.0", platform: "ANDROID", deviceType: "mobile", os: "Android", browser: null });
    await logActivity(db, { action: "course.publish", actorUserId: c.admin.user.id, centerId: c.center.id, targetType: "course", targetId: "x", client, metadata: { status: "PUBLISHED" } });
    const row = await db.activityLog.findFirstOrThrow({ where: { centerId: c.center.id, action: "course.publish" } });
    expect(row).toMatchObject({
      ip: client.ip,
      country: "MM",
      userAgent: client.userAgent,
      deviceType: "mobile",
      os: "Android",
      browser: null,
      appVersion: "1.4.0",
      requestId: client.requestId,
      metadata: { status: "PUBLISHED" },
    });
  });

  it("refuses personal data in metadata and writes nothing", async () => {
    const c = await createCenterWithStaff();
    await expect(logActivity(db, { action: "staff.invited", centerId: c.center.id, metadata: { to: "+959791234567" } })).rejects.toThrow(/personal data/);
    await expect(logActivity(db, { action: "staff.invited", centerId: c.center.id, metadata: { to: "a@b.co" } })).rejects.toThrow(/personal data/);
    expect(await db.activityLog.count({ where: { centerId: c.center.id } })).toBe(0);
  });

  it("pages a center's log newest first with a cursor, filters by action, and shows only that center", async () => {
    const [c, other] = await Promise.all([createCenterWithStaff(), createCenterWithStaff()]);
    for (let i = 0; i < 5; i++) await logActivity(db, { action: i % 2 ? "course.update" : "staff.invited", actorUserId: c.owner.user.id, centerId: c.center.id, targetId: String(i) });
    await logActivity(db, { action: "staff.invited", centerId: other.center.id, targetId: "other" });
    const access = await getCenterAccess(c.admin.actor, c.center.id);
    const first = await listActivity(access, { limit: 2 });
    expect(first.items.map((i) => i.targetId)).toEqual(["4", "3"]);
    expect(first.items[0]?.actor).toEqual({ id: c.owner.user.id, name: c.owner.user.name });
    const second = await listActivity(access, { limit: 2, cursor: first.nextCursor! });
    expect(second.items.map((i) => i.targetId)).toEqual(["2", "1"]);
    const third = await listActivity(access, { limit: 2, cursor: second.nextCursor! });
    expect(third.items.map((i) => i.targetId)).toEqual(["0"]);
    expect(third.nextCursor).toBeNull();
    expect((await listActivity(access, { limit: 10, action: "course.update" })).items.map((i) => i.targetId)).toEqual(["3", "1"]);
    await expect(listActivity(access, { limit: 10, cursor: "garbage!" })).rejects.toMatchObject({ code: "validation_failed" });
  });

  it("shows every center's activity to platform admins only; anyone else gets not_found", async () => {
    const [c, other] = await Promise.all([createCenterWithStaff(), createCenterWithStaff()]);
    await logActivity(db, { action: "staff.invited", centerId: c.center.id, targetId: "c" });
    await logActivity(db, { action: "staff.invited", centerId: other.center.id, targetId: "other" });
    const { actor } = await createPlatformAdmin();
    const all = await listAllActivity(actor, { limit: 100 });
    expect(all.items.map((i) => i.targetId)).toEqual(expect.arrayContaining(["c", "other"]));
    const one = await listAllActivity(actor, { limit: 100, centerId: other.center.id });
    expect(one.items.map((i) => i.targetId)).toEqual(["other"]);
    expect(one.items[0]?.center?.slug).toBe(other.center.slug);
    for (const notOperator of [c.owner.actor, c.admin.actor, actorFor(await createUser()), null]) {
      await expect(listAllActivity(notOperator, { limit: 10 })).rejects.toMatchObject({ code: "not_found" });
    }
  });

  it("keeps staff changes' metadata free of phone numbers and emails", async () => {
    const { inviteStaff } = await import("@/lib/centers/staff/invite-staff");
    const c = await createCenterWithStaff();
    const access = await getCenterAccess(c.owner.actor, c.center.id);
    await inviteStaff(access, { email: "private.person@example.com", role: "ADMIN" }, testClient());
    await inviteStaff(access, { phone: "09 971 234 567", role: "INSTRUCTOR" }, testClient());
    const rows = await db.activityLog.findMany({ where: { centerId: c.center.id } });
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) {
      const text = JSON.stringify(row.metadata);
      expect(text).not.toMatch(/@|971234567/);
    }
  });
});
