import { beforeAll, describe, expect, it } from "vitest";
import { listActivity } from "@/lib/audit/list-activity";
import { logActivity } from "@/lib/audit/log-activity";
import { changeStaffRole } from "@/lib/centers/staff/change-staff-role";
import { inviteStaff } from "@/lib/centers/staff/invite-staff";
import { listCenterCourses } from "@/lib/centers/staff/list-center-courses";
import { listPendingInvitations, listStaff } from "@/lib/centers/staff/list-staff";
import { removeStaff } from "@/lib/centers/staff/remove-staff";
import { revokeInvitation } from "@/lib/centers/staff/revoke-invitation";
import { db } from "@/lib/db";
import { createCategory, createCourse, createUser } from "@/lib/testing/factories";
import { actorFor, createCenterWithStaff, createPlatformAdmin, testClient } from "@/lib/testing/staff-factories";
import { centerScope, courseScope, getCenterAccess, requirePermission, type CenterAccess } from "./center-scope";

// Style rule 13 / policy S5, S8: staff of center A reach nothing of center B, through every
// function of lib/access, lib/centers/staff and lib/audit, and a foreign id answers like a missing one.
describe("two tenants", () => {
  let a: Awaited<ReturnType<typeof createCenterWithStaff>>;
  let b: Awaited<ReturnType<typeof createCenterWithStaff>>;
  let bInvitationId: string;
  const courses: Record<string, string> = {};

  beforeAll(async () => {
    [a, b] = await Promise.all([createCenterWithStaff(), createCenterWithStaff()]);
    const category = await createCategory();
    courses.aAssigned = (await createCourse({ centerId: a.center.id, categoryId: category.id, instructorIds: [a.instructorProfile.id] })).id;
    courses.aOther = (await createCourse({ centerId: a.center.id, categoryId: category.id, status: "DRAFT" })).id;
    courses.b = (await createCourse({ centerId: b.center.id, categoryId: category.id, instructorIds: [b.instructorProfile.id] })).id;
    // A's instructor is also assigned to a course of B (profiles are shared): still invisible from A.
    courses.bWithAInstructor = (await createCourse({ centerId: b.center.id, categoryId: category.id, instructorIds: [a.instructorProfile.id] })).id;
    bInvitationId = (await inviteStaff(await getCenterAccess(b.owner.actor, b.center.id), { email: "b-invitee@example.com", role: "INSTRUCTOR" }, testClient())).invitationId;
    await logActivity(db, { action: "center.updated", actorUserId: b.owner.user.id, centerId: b.center.id });
  });

  it("answers B's id and slug with not_found for A's owner, admin and instructor, like a missing center", async () => {
    for (const staff of [a.owner, a.admin, a.instructor]) {
      await expect(getCenterAccess(staff.actor, b.center.id)).rejects.toMatchObject({ code: "not_found" });
      await expect(getCenterAccess(staff.actor, b.center.slug)).rejects.toMatchObject({ code: "not_found" });
      await expect(getCenterAccess(staff.actor, "no-such-center")).rejects.toMatchObject({ code: "not_found" });
      await expect(getCenterAccess(staff.actor, "0196f3a2-7c1b-7d2e-8f00-123456789012")).rejects.toMatchObject({ code: "not_found" });
    }
    await expect(getCenterAccess(null, a.center.id)).rejects.toMatchObject({ code: "not_found" });
    const student = await createUser();
    await expect(getCenterAccess(actorFor(student), a.center.slug)).rejects.toMatchObject({ code: "not_found" });
  });

  it("resolves each member's own role, and a deactivated member or user is a stranger", async () => {
    expect((await getCenterAccess(a.owner.actor, a.center.slug)).role).toBe("OWNER");
    expect((await getCenterAccess(a.admin.actor, a.center.id)).role).toBe("ADMIN");
    expect((await getCenterAccess(a.instructor.actor, a.center.id)).role).toBe("INSTRUCTOR");
    const c = await createCenterWithStaff();
    await db.centerMembership.update({ where: { id: c.admin.membership.id }, data: { status: "DEACTIVATED" } });
    await expect(getCenterAccess(c.admin.actor, c.center.id)).rejects.toMatchObject({ code: "not_found" });
    await db.user.update({ where: { id: c.owner.user.id }, data: { status: "DEACTIVATED" } });
    await expect(getCenterAccess(c.owner.actor, c.center.id)).rejects.toMatchObject({ code: "not_found" });
  });

  it("gives platform admins every center as PLATFORM_ADMIN", async () => {
    const { actor } = await createPlatformAdmin();
    expect((await getCenterAccess(actor, a.center.id)).role).toBe("PLATFORM_ADMIN");
    expect((await getCenterAccess(actor, b.center.slug)).role).toBe("PLATFORM_ADMIN");
  });

  it("refuses a hand-built access object", () => {
    const forged = { actor: a.owner.actor, userId: a.owner.user.id, centerId: b.center.id, role: "OWNER" } as unknown as CenterAccess;
    expect(() => centerScope(forged)).toThrow(expect.objectContaining({ code: "not_found" }));
    expect(() => courseScope(forged)).toThrow(expect.objectContaining({ code: "not_found" }));
    expect(() => requirePermission(forged, "staff.read")).toThrow(expect.objectContaining({ code: "not_found" }));
  });

  it("lists only A's staff, invitations, activity and courses to A's admins", async () => {
    const access = await getCenterAccess(a.admin.actor, a.center.id);
    const staff = await listStaff(access);
    expect(staff.map((s) => s.userId).sort()).toEqual([a.owner.user.id, a.admin.user.id, a.instructor.user.id].sort());
    expect((await listPendingInvitations(access)).map((i) => i.id)).not.toContain(bInvitationId);
    const activity = await listActivity(access, { limit: 100 });
    expect(activity.items.every((item) => item.center?.id === a.center.id)).toBe(true);
    const courseIds = (await listCenterCourses(access, "en")).map((c) => c.id).sort();
    expect(courseIds).toEqual([courses.aAssigned, courses.aOther].sort());
  });

  it("shows an instructor only their assigned courses of this center", async () => {
    const access = await getCenterAccess(a.instructor.actor, a.center.id);
    expect((await listCenterCourses(access, "en")).map((c) => c.id)).toEqual([courses.aAssigned]);
    const scoped = await db.course.findMany({ where: courseScope(access), select: { id: true } });
    expect(scoped.map((c) => c.id)).toEqual([courses.aAssigned]);
  });

  it("answers B's membership and invitation ids with not_found through A's access", async () => {
    for (const staff of [a.owner, a.admin]) {
      const access = await getCenterAccess(staff.actor, a.center.id);
      await expect(changeStaffRole(access, { membershipId: b.admin.membership.id, role: "INSTRUCTOR" }, testClient())).rejects.toMatchObject({ code: "not_found" });
      await expect(removeStaff(access, { membershipId: b.instructor.membership.id }, testClient())).rejects.toMatchObject({ code: "not_found" });
      await expect(revokeInvitation(access, { invitationId: bInvitationId }, testClient())).rejects.toMatchObject({ code: "not_found" });
    }
    const bMembers = await db.centerMembership.findMany({ where: { centerId: b.center.id, status: "ACTIVE" } });
    expect(bMembers).toHaveLength(3);
    expect((await db.centerInvitation.findUniqueOrThrow({ where: { id: bInvitationId } })).status).toBe("PENDING");
  });

  it("forbids A's instructor every staff and activity function of A (403: they know A exists)", async () => {
    const access = await getCenterAccess(a.instructor.actor, a.center.id);
    await expect(listStaff(access)).rejects.toMatchObject({ code: "forbidden" });
    await expect(listPendingInvitations(access)).rejects.toMatchObject({ code: "forbidden" });
    await expect(listActivity(access, { limit: 10 })).rejects.toMatchObject({ code: "forbidden" });
    await expect(inviteStaff(access, { email: "x@example.com", role: "INSTRUCTOR" }, testClient())).rejects.toMatchObject({ code: "forbidden" });
    await expect(changeStaffRole(access, { membershipId: a.admin.membership.id, role: "INSTRUCTOR" }, testClient())).rejects.toMatchObject({ code: "forbidden" });
    await expect(removeStaff(access, { membershipId: a.admin.membership.id }, testClient())).rejects.toMatchObject({ code: "forbidden" });
  });

  it("never lets an invitation made through A land in B", async () => {
    const access = await getCenterAccess(a.owner.actor, a.center.id);
    const { invitationId } = await inviteStaff(access, { email: "a-invitee@example.com", role: "ADMIN" }, testClient());
    expect((await db.centerInvitation.findUniqueOrThrow({ where: { id: invitationId } })).centerId).toBe(a.center.id);
  });
});
