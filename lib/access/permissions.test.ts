import { describe, expect, it } from "vitest";
import { ACCESS_ROLES, PERMISSIONS, assignableRoles, can } from "./permissions";

describe("permission table", () => {
  it("denies unknown roles and unknown permissions (fails closed)", () => {
    expect(can("STUDENT", "course.read")).toBe(false);
    expect(can("owner", "course.read")).toBe(false);
    expect(can(null, "course.read")).toBe(false);
    expect(can(undefined, "course.read")).toBe(false);
    expect(can("OWNER", "course.teleport")).toBe(false);
    expect(can("OWNER", "")).toBe(false);
    expect(can("OWNER", "toString")).toBe(false);
    expect(can("OWNER", "__proto__")).toBe(false);
  });

  it("gives owners and admins the running of the center", () => {
    for (const role of ["OWNER", "ADMIN"] as const) {
      for (const permission of Object.keys(PERMISSIONS)) expect(can(role, permission), `${role} ${permission}`).toBe(true);
    }
  });

  it("gives instructors teaching only, never staff, money, coupons or the activity log (policy S5)", () => {
    const granted = Object.keys(PERMISSIONS).filter((p) => can("INSTRUCTOR", p)).sort();
    expect(granted).toEqual(
      ["center.read", "course.read", "course.update", "enrollment.read", "lesson.write", "live_class.write", "quiz.write", "quiz_result.read", "student.read"].sort(),
    );
  });

  it("lets platform admins read and repair staff, but not run a center's business", () => {
    for (const p of ["center.read", "staff.read", "staff.invite", "staff.remove", "activity.read", "order.read", "report.read"]) {
      expect(can("PLATFORM_ADMIN", p), p).toBe(true);
    }
    for (const p of ["course.create", "course.publish", "course.price", "coupon.create", "enrollment.grant", "refund.create", "notification.send"]) {
      expect(can("PLATFORM_ADMIN", p), p).toBe(false);
    }
  });

  it("names every permission resource.action and grants only known roles", () => {
    for (const [permission, roles] of Object.entries(PERMISSIONS)) {
      expect(permission).toMatch(/^[a-z_]+\.[a-z_]+$/);
      for (const role of roles) expect(ACCESS_ROLES).toContain(role);
    }
  });

  it("lets owners hand out every role, admins never the owner role, instructors none", () => {
    expect(assignableRoles("OWNER")).toEqual(["OWNER", "ADMIN", "INSTRUCTOR"]);
    expect(assignableRoles("ADMIN")).toEqual(["ADMIN", "INSTRUCTOR"]);
    expect(assignableRoles("INSTRUCTOR")).toEqual([]);
    expect(assignableRoles("STUDENT" as never)).toEqual([]);
  });
});
