import { describe, expect, it } from "vitest";
import { getCenterAccess } from "@/lib/access/center-scope";
import { validateWebSession } from "@/lib/auth/web-session";
import { db } from "@/lib/db";
import { AppError } from "@/lib/http/errors";
import { createUser } from "@/lib/testing/factories";
import { addMobileSession, addWebSession } from "@/lib/testing/settings-factories";
import { actorFor, addStaff, createCenterWithStaff, testClient } from "@/lib/testing/staff-factories";
import { listStaffSessions } from "./list-staff-sessions";
import { revokeStaffSession } from "./revoke-staff-session";

async function codeOf(promise: Promise<unknown>) {
  return promise.then(
    () => "none",
    (error: unknown) => (error instanceof AppError ? error.code : String(error)),
  );
}

async function setup() {
  const a = await createCenterWithStaff();
  const b = await createCenterWithStaff();
  const student = await createUser();
  const sessions = {
    ownerWeb: await addWebSession(a.owner.user.id),
    adminWeb: await addWebSession(a.admin.user.id),
    instructorWeb: await addWebSession(a.instructor.user.id),
    instructorMobile: await addMobileSession(a.instructor.user.id),
    bAdminWeb: await addWebSession(b.admin.user.id),
    bOwnerMobile: await addMobileSession(b.owner.user.id),
    studentWeb: await addWebSession(student.id),
  };
  // The admin views the page from their own web session.
  const adminA = await getCenterAccess({ ...actorFor(a.admin.user), sessionId: sessions.adminWeb.id }, a.center.id);
  return { a, b, student, sessions, adminA, ownerA: await getCenterAccess(a.owner.actor, a.center.id) };
}

describe("staff sessions", () => {
  it("lists only the live web and mobile sign-ins of this center's active staff", async () => {
    const { a, sessions, adminA } = await setup();
    const removed = await addStaff(a.center.id, "ADMIN");
    await addWebSession(removed.user.id);
    await db.centerMembership.update({ where: { id: removed.membership.id }, data: { status: "DEACTIVATED" } });
    const expired = await addWebSession(a.owner.user.id);
    await db.session.update({ where: { id: expired.id }, data: { expires: new Date(Date.now() - 1000) } });
    const revoked = await addWebSession(a.owner.user.id);
    await db.session.update({ where: { id: revoked.id }, data: { revokedAt: new Date(), revokedReason: "LOGOUT" } });

    const list = await listStaffSessions(adminA);
    expect(list.map((s) => s.id).sort()).toEqual([sessions.ownerWeb.id, sessions.adminWeb.id, sessions.instructorWeb.id, sessions.instructorMobile.id].sort());
    const byId = new Map(list.map((s) => [s.id, s]));
    expect(byId.get(sessions.adminWeb.id)).toMatchObject({ kind: "web", current: true, revocable: false, member: { role: "ADMIN" } });
    // An admin never touches an owner's sessions (assignableRoles).
    expect(byId.get(sessions.ownerWeb.id)).toMatchObject({ member: { role: "OWNER", userId: a.owner.user.id }, revocable: false });
    expect(byId.get(sessions.instructorWeb.id)).toMatchObject({ kind: "web", deviceType: "desktop", os: "Windows", client: "Chrome", country: "MM", ip: "203.0.113.7", revocable: true });
    expect(byId.get(sessions.instructorMobile.id)).toMatchObject({ kind: "mobile", client: "ANDROID Pixel 7 1.0.0", os: "Android 14", country: "MM", revocable: true });
    expect(Object.keys(byId.get(sessions.instructorWeb.id)!)).not.toContain("sessionToken");
  });

  it("signs a staff member out of a web or a mobile session, with an activity entry", async () => {
    const { a, sessions, adminA } = await setup();
    await revokeStaffSession(adminA, { kind: "web", sessionId: sessions.instructorWeb.id }, testClient());
    expect(await db.session.findUniqueOrThrow({ where: { id: sessions.instructorWeb.id } })).toMatchObject({ revokedReason: "ADMIN" });
    expect(await validateWebSession(sessions.instructorWeb.id, a.instructor.user.id)).toBeNull();

    await revokeStaffSession(adminA, { kind: "mobile", sessionId: sessions.instructorMobile.id }, testClient());
    expect(await db.mobileSession.findUniqueOrThrow({ where: { id: sessions.instructorMobile.id } })).toMatchObject({ revokedReason: "ADMIN" });
    expect(await db.refreshToken.count({ where: { sessionId: sessions.instructorMobile.id, revokedAt: null } })).toBe(0);

    const logged = await db.activityLog.findMany({ where: { centerId: a.center.id, action: "session.revoked" }, orderBy: { createdAt: "asc" } });
    expect(logged.map((l) => [l.targetType, l.targetId, l.actorUserId])).toEqual([
      ["session", sessions.instructorWeb.id, a.admin.user.id],
      ["mobile_session", sessions.instructorMobile.id, a.admin.user.id],
    ]);
    // The owner's and admin's own sessions are untouched.
    expect(await db.session.count({ where: { id: { in: [sessions.ownerWeb.id, sessions.adminWeb.id] }, revokedAt: null } })).toBe(2);
  });

  it("an admin cannot sign out an owner; an owner can", async () => {
    const { sessions, adminA, ownerA } = await setup();
    expect(await codeOf(revokeStaffSession(adminA, { kind: "web", sessionId: sessions.ownerWeb.id }, testClient()))).toBe("forbidden");
    expect((await db.session.findUniqueOrThrow({ where: { id: sessions.ownerWeb.id } })).revokedAt).toBeNull();
    await revokeStaffSession(ownerA, { kind: "web", sessionId: sessions.adminWeb.id }, testClient());
    expect((await db.session.findUniqueOrThrow({ where: { id: sessions.adminWeb.id } })).revokedAt).not.toBeNull();
  });

  it("two tenants: another center's staff and non-staff sessions answer not_found and stay live", async () => {
    const { a, b, sessions, adminA } = await setup();
    const cases = [
      { kind: "web" as const, sessionId: sessions.bAdminWeb.id },
      { kind: "mobile" as const, sessionId: sessions.bOwnerMobile.id },
      { kind: "web" as const, sessionId: sessions.studentWeb.id },
      { kind: "web" as const, sessionId: "0195d3c4-0000-7000-8000-00000000dead" },
      // A web id asked as mobile is not a mobile session.
      { kind: "mobile" as const, sessionId: sessions.instructorWeb.id },
    ];
    for (const input of cases) expect(await codeOf(revokeStaffSession(adminA, input, testClient()))).toBe("not_found");
    expect(await db.session.count({ where: { id: { in: [sessions.bAdminWeb.id, sessions.studentWeb.id, sessions.instructorWeb.id] }, revokedAt: null } })).toBe(3);
    expect((await db.mobileSession.findUniqueOrThrow({ where: { id: sessions.bOwnerMobile.id } })).revokedAt).toBeNull();

    const adminB = await getCenterAccess(b.admin.actor, b.center.id);
    expect((await listStaffSessions(adminB)).map((s) => s.member.userId)).not.toContain(a.instructor.user.id);
    expect(await codeOf(getCenterAccess(b.admin.actor, a.center.slug))).toBe("not_found");
  });

  it("instructors can neither list nor revoke sessions", async () => {
    const { a, sessions } = await setup();
    const instructorA = await getCenterAccess(a.instructor.actor, a.center.id);
    expect(await codeOf(listStaffSessions(instructorA))).toBe("forbidden");
    expect(await codeOf(revokeStaffSession(instructorA, { kind: "web", sessionId: sessions.adminWeb.id }, testClient()))).toBe("forbidden");
  });
});
