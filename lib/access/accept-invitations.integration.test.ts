import { describe, expect, it } from "vitest";
import { inviteStaff } from "@/lib/centers/staff/invite-staff";
import { revokeInvitation } from "@/lib/centers/staff/revoke-invitation";
import { db } from "@/lib/db";
import { createUser } from "@/lib/testing/factories";
import { addStaff, createCenterWithStaff, testClient } from "@/lib/testing/staff-factories";
import { acceptPendingInvitations } from "./accept-invitations";
import { getCenterAccess } from "./center-scope";

const accept = (user: { id: string; phone: string | null; email: string | null }) =>
  db.$transaction((tx) => acceptPendingInvitations(tx, { id: user.id, phone: user.phone, email: user.email }, testClient()));

async function invite(centerOwner: Awaited<ReturnType<typeof createCenterWithStaff>>, input: Parameters<typeof inviteStaff>[1]) {
  const access = await getCenterAccess(centerOwner.owner.actor, centerOwner.center.id);
  return inviteStaff(access, input, testClient());
}

describe("accepting invitations at sign-in", () => {
  it("accepts by phone: membership, instructor profile, ACCEPTED, activity entry with device data", async () => {
    const c = await createCenterWithStaff();
    const { invitationId } = await invite(c, { phone: "09 765 432 109", role: "INSTRUCTOR" });
    const user = await createUser({ phone: "+959765432109" });
    const client = testClient({ ip: "198.51.100.4", deviceType: "mobile" });
    const count = await db.$transaction((tx) => acceptPendingInvitations(tx, user, client));
    expect(count).toBe(1);
    expect(await db.centerMembership.findUniqueOrThrow({ where: { centerId_userId: { centerId: c.center.id, userId: user.id } } })).toMatchObject({ role: "INSTRUCTOR", status: "ACTIVE" });
    expect(await db.instructorProfile.count({ where: { userId: user.id } })).toBe(1);
    expect(await db.centerInvitation.findUniqueOrThrow({ where: { id: invitationId } })).toMatchObject({ status: "ACCEPTED", acceptedById: user.id });
    const entry = await db.activityLog.findFirstOrThrow({ where: { action: "staff.invitation_accepted", targetId: invitationId } });
    expect(entry).toMatchObject({ actorUserId: user.id, centerId: c.center.id, ip: "198.51.100.4", deviceType: "mobile" });
    expect(JSON.stringify(entry.metadata)).not.toContain("765432109");
    expect((await getCenterAccess({ userId: user.id, platformRole: "USER", sessionId: "s", sessionKind: "web" }, c.center.slug)).role).toBe("INSTRUCTOR");
  });

  it("accepts by email across centers, and is idempotent", async () => {
    const [c1, c2] = await Promise.all([createCenterWithStaff(), createCenterWithStaff()]);
    await invite(c1, { email: "Mya@Example.com", role: "ADMIN" });
    await invite(c2, { email: "mya@example.com", role: "INSTRUCTOR" });
    const user = await createUser({ phone: null, email: "mya@example.com" });
    expect(await accept(user)).toBe(2);
    expect(await accept(user)).toBe(0);
    const roles = await db.centerMembership.findMany({ where: { userId: user.id }, select: { centerId: true, role: true } });
    expect(roles).toHaveLength(2);
    expect(await db.activityLog.count({ where: { action: "staff.invitation_accepted", actorUserId: user.id } })).toBe(2);
    expect(await db.instructorProfile.count({ where: { userId: user.id } })).toBe(1);
  });

  it("does not accept expired or revoked invitations, nor someone else's", async () => {
    const c = await createCenterWithStaff();
    const expired = await invite(c, { email: "old@example.com", role: "ADMIN" });
    await db.centerInvitation.update({ where: { id: expired.invitationId }, data: { expiresAt: new Date(Date.now() - 1) } });
    const revoked = await invite(c, { email: "gone@example.com", role: "ADMIN" });
    await revokeInvitation(await getCenterAccess(c.owner.actor, c.center.id), { invitationId: revoked.invitationId }, testClient());
    await invite(c, { email: "someone@example.com", role: "ADMIN" });

    for (const email of ["old@example.com", "gone@example.com"]) {
      const user = await createUser({ phone: null, email });
      expect(await accept(user)).toBe(0);
      await expect(getCenterAccess({ userId: user.id, platformRole: "USER", sessionId: "s", sessionKind: "web" }, c.center.id)).rejects.toMatchObject({ code: "not_found" });
    }
    expect(await accept(await createUser({ email: "other@example.com" }))).toBe(0);
    expect(await accept({ id: (await createUser({ phone: null })).id, phone: null, email: null })).toBe(0);
  });

  it("reactivates a removed member and never demotes an active one", async () => {
    const c = await createCenterWithStaff();
    const removed = await addStaff(c.center.id, "ADMIN", { email: "back@example.com" });
    await db.centerMembership.update({ where: { id: removed.membership.id }, data: { status: "DEACTIVATED", deactivatedAt: new Date() } });
    await invite(c, { email: "back@example.com", role: "INSTRUCTOR" });
    expect(await accept(removed.user)).toBe(1);
    expect(await db.centerMembership.findUniqueOrThrow({ where: { id: removed.membership.id } })).toMatchObject({ status: "ACTIVE", role: "INSTRUCTOR", deactivatedAt: null });

    // An owner who is also invited (by another contact) as instructor stays owner.
    const other = await createCenterWithStaff();
    await invite(other, { email: "owner-alias@example.com", role: "INSTRUCTOR" });
    await db.user.update({ where: { id: other.owner.user.id }, data: { email: "owner-alias@example.com" } });
    expect(await accept({ ...other.owner.user, email: "owner-alias@example.com" })).toBe(1);
    expect((await db.centerMembership.findUniqueOrThrow({ where: { id: other.owner.membership.id } })).role).toBe("OWNER");
  });
});
