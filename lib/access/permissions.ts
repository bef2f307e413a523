/**
 * Who may do what inside a center (style rule 4): one table of "resource.action" → roles.
 * Security-critical: `can` fails closed — a role or permission that is not in this table is denied.
 *
 * Instructors hold some read and content permissions, but always through `courseScope`, which
 * narrows every course, student and enrollment query to the courses assigned to them (policy S5).
 * Platform admins (the operator) read everything and may repair a center's staff (for example when
 * its last owner has left), but do not run the center's business (courses, prices, coupons, grants,
 * refunds, notifications): those stay with the center's own owners and admins.
 */
export const ACCESS_ROLES = ["OWNER", "ADMIN", "INSTRUCTOR", "PLATFORM_ADMIN"] as const;
export type AccessRole = (typeof ACCESS_ROLES)[number];

const O = "OWNER";
const A = "ADMIN";
const I = "INSTRUCTOR";
const P = "PLATFORM_ADMIN";

export const PERMISSIONS = {
  "center.read": [O, A, I, P],
  "center.update": [O, A, P],
  "staff.read": [O, A, P],
  "staff.invite": [O, A, P],
  "staff.update_role": [O, A, P],
  "staff.remove": [O, A, P],
  "course.read": [O, A, I, P],
  "course.create": [O, A],
  "course.update": [O, A, I],
  "course.publish": [O, A],
  "course.price": [O, A],
  "course.assign_instructor": [O, A],
  "course.archive": [O, A],
  "lesson.write": [O, A, I],
  "quiz.write": [O, A, I],
  "quiz_result.read": [O, A, I, P],
  "live_class.write": [O, A, I],
  "coupon.read": [O, A, P],
  "coupon.create": [O, A],
  "coupon.update": [O, A],
  "coupon.delete": [O, A],
  "refund_policy.update": [O, A],
  "student.read": [O, A, I, P],
  "enrollment.read": [O, A, I, P],
  "enrollment.grant": [O, A],
  "enrollment.revoke": [O, A],
  "order.read": [O, A, P],
  "refund.create": [O, A],
  "notification.send": [O, A],
  "notification.read": [O, A, P],
  "report.read": [O, A, P],
  "report.export": [O, A, P],
  "statement.read": [O, A, P],
  "activity.read": [O, A, P],
  "session.read": [O, A, P],
  "session.revoke": [O, A, P],
} as const satisfies Record<string, readonly AccessRole[]>;

export type Permission = keyof typeof PERMISSIONS;

/** True only when the table grants `permission` to `role`; anything unknown is denied. */
export function can(role: string | null | undefined, permission: string): boolean {
  if (!role || !Object.hasOwn(PERMISSIONS, permission)) return false;
  const roles: readonly string[] = PERMISSIONS[permission as Permission];
  return roles.includes(role);
}

/**
 * Which center roles a role may hand out (invite, or change a member to or from). An owner may
 * make anyone an owner; an admin manages admins and instructors but never touches an owner; an
 * instructor manages nobody. Platform admins may set any role (center repair).
 */
export function assignableRoles(role: AccessRole): readonly ("OWNER" | "ADMIN" | "INSTRUCTOR")[] {
  switch (role) {
    case "OWNER":
    case "PLATFORM_ADMIN":
      return ["OWNER", "ADMIN", "INSTRUCTOR"];
    case "ADMIN":
      return ["ADMIN", "INSTRUCTOR"];
    default:
      return [];
  }
}
