import { describe, expect, it } from "vitest";
import { getCenterAccess } from "@/lib/access/center-scope";
import { db } from "@/lib/db";
import { createUser } from "@/lib/testing/factories";
import { addStaff, createCenterWithStaff, createPlatformAdmin, testClient } from "@/lib/testing/staff-factories";
import { changeStaffRole } from "./change-staff-role";
import { inviteStaff } from "./invite-staff";
import { listPendingInvitations, listStaff } from "./list-staff";
import { removeStaff } from "./remove-staff";
import { revokeInvitation } from "./revoke-invitation";

const lastEntry = (centerId: string, action: string) =>
  db.activityLog.findFirstOrThrow({ where: { centerId, action }, orderBy: { createdAt: "desc" } });

describe("inviting staff", () => {
  it("stores a normalized contact, a token hash only, a 7-day expiry, and logs staff.invited without the contact", async () => {
    const c = await createCenterWithStaff();
    const access = await getCenterAccess(c.owner.actor, c.center.id);
    const client = testClient();
    const before = Date.now();
    const result = await inviteStaff(access, { phone: "09 791 234 567", role: "ADMIN" }, client);
    const row = await db.centerInvitation.findUniqueOrThrow({ where: { id: result.invitationId } });
    expect(row).toMatchObject({ centerId: c.center.id, phone: "+959791234567", email: null, role: "ADMIN", status: "PENDING", invitedById: c.owner.user.id });
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.tokenHash).not.toContain(result.token);
    const days = (row.expiresAt.getTime() - before) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThan(7.01);
    const entry = await lastEntry(c.center.id, "staff.invited");
    expect(entry).toMatchObject({ actorUserId: c.owner.user.id, targetId: row.id, ip: client.ip, deviceType: "desktop", requestId: client.requestId });
    expect(JSON.stringify(entry.metadata)).not.toContain("791234567");
    expect(entry.metadata).toEqual({ role: "ADMIN", contactKind: "phone" });
    expect((await listPendingInvitations(access)).map((i) => i.id)).toEqual([row.id]);
  });

  it("allows one pending invitation per contact per center, and none for active staff", async () => {
    const c = await createCenterWithStaff();
    const access = await getCenterAccess(c.owner.actor, c.center.id);
    await inviteStaff(access, { email: "Teacher@Example.com", role: "INSTRUCTOR" }, testClient());
    await expect(inviteStaff(access, { email: " teacher@example.com ", role: "ADMIN" }, testClient())).rejects.toMatchObject({ code: "conflict" });
    await addStaff(c.center.id, "ADMIN", { phone: "+959250001234" });
    await expect(inviteStaff(access, { phone: "09 250 001 234", role: "INSTRUCTOR" }, testClient())).rejects.toMatchObject({ code: "conflict", details: { reason: "already_staff" } });
    // The same contact may be invited by another center.
    const other = await createCenterWithStaff();
    await inviteStaff(await getCenterAccess(other.owner.actor, other.center.id), { email: "teacher@example.com", role: "INSTRUCTOR" }, testClient());
  });

  it("lets an expired pending invitation be replaced", async () => {
    const c = await createCenterWithStaff();
    const access = await getCenterAccess(c.owner.actor, c.center.id);
    const first = await inviteStaff(access, { email: "late@example.com", role: "INSTRUCTOR" }, testClient());
    await db.centerInvitation.update({ where: { id: first.invitationId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await inviteStaff(access, { email: "late@example.com", role: "INSTRUCTOR" }, testClient());
    expect((await db.centerInvitation.findUniqueOrThrow({ where: { id: first.invitationId } })).status).toBe("EXPIRED");
  });

  it("lets owners invite owners, admins only admins and instructors", async () => {
    const c = await createCenterWithStaff();
    const owner = await getCenterAccess(c.owner.actor, c.center.id);
    const admin = await getCenterAccess(c.admin.actor, c.center.id);
    await inviteStaff(owner, { email: "co-owner@example.com", role: "OWNER" }, testClient());
    await expect(inviteStaff(admin, { email: "sneaky@example.com", role: "OWNER" }, testClient())).rejects.toMatchObject({ code: "forbidden" });
    await inviteStaff(admin, { email: "admin2@example.com", role: "ADMIN" }, testClient());
    await inviteStaff(admin, { email: "teacher2@example.com", role: "INSTRUCTOR" }, testClient());
  });

  it("rejects an invalid or missing contact with validation_failed", async () => {
    const c = await createCenterWithStaff();
    const access = await getCenterAccess(c.owner.actor, c.center.id);
    await expect(inviteStaff(access, { phone: "12345", role: "ADMIN" }, testClient())).rejects.toMatchObject({ code: "validation_failed" });
    await expect(inviteStaff(access, { email: "not-an-email", role: "ADMIN" }, testClient())).rejects.toMatchObject({ code: "validation_failed" });
    await expect(inviteStaff(access, { role: "ADMIN" }, testClient())).rejects.toThrow();
  });
});

describe("changing roles and removing staff", () => {
  it("changes a role, creates the instructor profile, and logs staff.role_changed", async () => {
    const c = await createCenterWithStaff();
    const access = await getCenterAccess(c.owner.actor, c.center.id);
    await changeStaffRole(access, { membershipId: c.admin.membership.id, role: "INSTRUCTOR" }, testClient());
    expect((await db.centerMembership.findUniqueOrThrow({ where: { id: c.admin.membership.id } })).role).toBe("INSTRUCTOR");
    expect(await db.instructorProfile.count({ where: { userId: c.admin.user.id } })).toBe(1);
    expect((await lastEntry(c.center.id, "staff.role_changed")).metadata).toEqual({ from: "ADMIN", to: "INSTRUCTOR", userId: c.admin.user.id });
  });

  it("keeps admins away from owners", async () => {
    const c = await createCenterWithStaff();
    const admin = await getCenterAccess(c.admin.actor, c.center.id);
    await expect(changeStaffRole(admin, { membershipId: c.owner.membership.id, role: "ADMIN" }, testClient())).rejects.toMatchObject({ code: "forbidden" });
    await expect(changeStaffRole(admin, { membershipId: c.instructor.membership.id, role: "OWNER" }, testClient())).rejects.toMatchObject({ code: "forbidden" });
    await expect(removeStaff(admin, { membershipId: c.owner.membership.id }, testClient())).rejects.toMatchObject({ code: "forbidden" });
    await changeStaffRole(admin, { membershipId: c.instructor.membership.id, role: "ADMIN" }, testClient());
  });

  it("never removes or demotes the last owner, not even by themselves", async () => {
    const c = await createCenterWithStaff();
    const owner = await getCenterAccess(c.owner.actor, c.center.id);
    await expect(removeStaff(owner, { membershipId: c.owner.membership.id }, testClient())).rejects.toMatchObject({ code: "conflict", details: { reason: "last_owner" } });
    await expect(changeStaffRole(owner, { membershipId: c.owner.membership.id, role: "ADMIN" }, testClient())).rejects.toMatchObject({ code: "conflict" });
    const { actor } = await createPlatformAdmin();
    const operator = await getCenterAccess(actor, c.center.id);
    await expect(removeStaff(operator, { membershipId: c.owner.membership.id }, testClient())).rejects.toMatchObject({ code: "conflict" });

    // With a second owner, one of them may step down.
    const second = await addStaff(c.center.id, "OWNER");
    await removeStaff(owner, { membershipId: c.owner.membership.id }, testClient());
    await expect(getCenterAccess(c.owner.actor, c.center.id)).rejects.toMatchObject({ code: "not_found" });
    const secondAccess = await getCenterAccess(second.actor, c.center.id);
    await expect(changeStaffRole(secondAccess, { membershipId: second.membership.id, role: "ADMIN" }, testClient())).rejects.toMatchObject({ code: "conflict" });
  });

  it("keeps one owner when two owners demote each other at the same time", async () => {
    const c = await createCenterWithStaff();
    const second = await addStaff(c.center.id, "OWNER");
    const one = await getCenterAccess(c.owner.actor, c.center.id);
    const two = await getCenterAccess(second.actor, c.center.id);
    const results = await Promise.allSettled([
      changeStaffRole(one, { membershipId: second.membership.id, role: "ADMIN" }, testClient()),
      changeStaffRole(two, { membershipId: c.owner.membership.id, role: "ADMIN" }, testClient()),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.centerMembership.count({ where: { centerId: c.center.id, role: "OWNER", status: "ACTIVE" } })).toBe(1);
  });

  it("removes a member (row kept, deactivated), logs staff.removed, and they lose access", async () => {
    const c = await createCenterWithStaff();
    const access = await getCenterAccess(c.admin.actor, c.center.id);
    await removeStaff(access, { membershipId: c.instructor.membership.id }, testClient());
    const row = await db.centerMembership.findUniqueOrThrow({ where: { id: c.instructor.membership.id } });
    expect(row.status).toBe("DEACTIVATED");
    expect(row.deactivatedAt).not.toBeNull();
    expect((await listStaff(access)).map((s) => s.userId)).not.toContain(c.instructor.user.id);
    await expect(getCenterAccess(c.instructor.actor, c.center.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(removeStaff(access, { membershipId: c.instructor.membership.id }, testClient())).rejects.toMatchObject({ code: "not_found" });
    expect(await lastEntry(c.center.id, "staff.removed")).toMatchObject({ targetId: c.instructor.membership.id });
  });
});

describe("revoking invitations", () => {
  it("revokes a pending invitation once and logs staff.invitation_revoked", async () => {
    const c = await createCenterWithStaff();
    const access = await getCenterAccess(c.admin.actor, c.center.id);
    const { invitationId } = await inviteStaff(access, { email: "maybe@example.com", role: "INSTRUCTOR" }, testClient());
    await revokeInvitation(access, { invitationId }, testClient());
    expect((await db.centerInvitation.findUniqueOrThrow({ where: { id: invitationId } })).status).toBe("REVOKED");
    await expect(revokeInvitation(access, { invitationId }, testClient())).rejects.toMatchObject({ code: "not_found" });
    expect(await lastEntry(c.center.id, "staff.invitation_revoked")).toMatchObject({ targetId: invitationId });
    expect(await listPendingInvitations(access)).toEqual([]);
  });

  it("keeps admins from revoking an owner invitation", async () => {
    const c = await createCenterWithStaff();
    const { invitationId } = await inviteStaff(await getCenterAccess(c.owner.actor, c.center.id), { email: "boss@example.com", role: "OWNER" }, testClient());
    await expect(revokeInvitation(await getCenterAccess(c.admin.actor, c.center.id), { invitationId }, testClient())).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("staff list", () => {
  it("lists active staff owners first with their contact, for the center's admins", async () => {
    const c = await createCenterWithStaff();
    await createUser();
    const staff = await listStaff(await getCenterAccess(c.admin.actor, c.center.id));
    expect(staff.map((s) => s.role)).toEqual(["OWNER", "ADMIN", "INSTRUCTOR"]);
    expect(staff[0]).toMatchObject({ userId: c.owner.user.id, phone: c.owner.user.phone, membershipId: c.owner.membership.id });
  });
});
