import "server-only";
import { centerScope, requirePermission, type CenterAccess } from "@/lib/access/center-scope";
import { db } from "@/lib/db";

/**
 * Where a new center stands, for the overview's first steps: no course yet → create one; courses
 * but none published → publish; published but never sold → share the center page, make a coupon.
 */
export type SetupStep = "create_course" | "publish_course" | "first_sale" | null;

/** The first thing the center still has to do, or null once it has sold (`course.read`). */
export async function getSetupStep(access: CenterAccess): Promise<SetupStep> {
  requirePermission(access, "course.read");
  const scope = centerScope(access);
  const [courses, published, sold] = await Promise.all([
    db.course.count({ where: scope }),
    db.course.count({ where: { ...scope, status: "PUBLISHED" } }),
    db.order.findFirst({ where: { ...scope, status: { in: ["PAID", "PARTIALLY_REFUNDED", "REFUNDED"] } }, select: { id: true } }),
  ]);
  if (courses === 0) return "create_course";
  if (published === 0) return "publish_course";
  return sold ? null : "first_sale";
}
