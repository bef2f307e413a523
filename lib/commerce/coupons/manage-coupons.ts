import "server-only";
import { centerScope, courseScope, requirePermission, type CenterAccess } from "@/lib/access/center-scope";
import { logActivity } from "@/lib/audit/log-activity";
import { db, type Tx } from "@/lib/db";
import { Prisma, type Coupon } from "@/lib/generated/prisma/client";
import type { ClientInfo } from "@/lib/http/client-info";
import { AppError } from "@/lib/http/errors";
import {
  createCouponInput,
  setCouponActiveInput,
  updateCouponInput,
  type CreateCouponInput,
  type SetCouponActiveInput,
  type UpdateCouponInput,
} from "./manage-coupon-schemas";

const codeTaken = () => new AppError("conflict", { details: [{ path: "body.code", code: "code_taken" }] });
const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

/** A center owner or admin creates a coupon (`coupon.create`); a code already used in the center is a 409. */
export async function createCoupon(access: CenterAccess, input: CreateCouponInput, client?: ClientInfo): Promise<{ id: string; code: string }> {
  requirePermission(access, "coupon.create");
  const data = createCouponInput.parse(input);
  const { centerId } = centerScope(access);
  if (data.courseId) {
    // Another center's course answers exactly like a missing one (S5).
    const course = await db.course.findFirst({ where: { id: data.courseId, ...courseScope(access) }, select: { id: true } });
    if (!course) throw new AppError("not_found", { details: [{ path: "body.courseId", code: "not_found" }] });
  }
  try {
    return await db.$transaction(async (tx) => {
      if (await tx.coupon.findUnique({ where: { centerId_code: { centerId, code: data.code } }, select: { id: true } })) throw codeTaken();
      const coupon = await tx.coupon.create({
        data: { ...data, centerId, scope: data.courseId ? "COURSE" : "CENTER", createdById: access.userId },
        select: { id: true, code: true, kind: true, value: true, scope: true },
      });
      await logActivity(tx, {
        action: "coupon.created",
        actorUserId: access.userId,
        centerId,
        targetType: "coupon",
        targetId: coupon.id,
        client,
        metadata: { kind: coupon.kind, value: coupon.value, scope: coupon.scope },
      });
      return { id: coupon.id, code: coupon.code };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw codeTaken();
    throw error;
  }
}

/**
 * Locks one of the center's coupons (SELECT … FOR UPDATE, the lock redemptions take too), so the
 * uses counted below cannot change until the transaction ends. Another center's coupon is a 404.
 */
async function lockCenterCoupon(tx: Tx, centerId: string, couponId: string): Promise<Coupon> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM coupons WHERE id = ${couponId}::uuid AND center_id = ${centerId}::uuid FOR UPDATE`;
  const coupon = rows[0] ? await tx.coupon.findUnique({ where: { id: rows[0].id } }) : null;
  if (!coupon) throw new AppError("not_found");
  return coupon;
}

/**
 * Changes a coupon's window, caps and minimum price (`coupon.update`); its code and discount only
 * while it was never used (409 `coupon_used`). A cap below the uses already counted is a 409
 * (`below_used`); a window that ends before it starts, or a percentage above 100, a 422.
 */
export async function updateCoupon(access: CenterAccess, input: UpdateCouponInput, client?: ClientInfo): Promise<{ id: string; code: string }> {
  requirePermission(access, "coupon.update");
  const { couponId, ...changes } = updateCouponInput.parse(input);
  const { centerId } = centerScope(access);
  try {
    return await db.$transaction(async (tx) => {
      const coupon = await lockCenterCoupon(tx, centerId, couponId);
      const next = { ...coupon, ...Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) } as Coupon;
      if (next.kind === "PERCENT" && next.value > 100) throw invalid("value", "percent_above_100");
      if (next.startsAt && next.endsAt && next.endsAt <= next.startsAt) throw invalid("endsAt", "ends_before_starts");

      const termsChanged = next.code !== coupon.code || next.kind !== coupon.kind || next.value !== coupon.value || next.currency !== coupon.currency;
      if (termsChanged && (await tx.couponRedemption.count({ where: { couponId, centerId } })) > 0) {
        throw new AppError("conflict", { details: [{ path: "body.code", code: "coupon_used" }] });
      }
      if (next.code !== coupon.code && (await tx.coupon.findUnique({ where: { centerId_code: { centerId, code: next.code } }, select: { id: true } }))) throw codeTaken();
      if (next.maxRedemptions !== null && next.maxRedemptions < coupon.redeemedCount) {
        throw new AppError("conflict", { details: [{ path: "body.maxRedemptions", code: "below_used", minimum: coupon.redeemedCount }] });
      }
      if (next.maxPerUser !== null) {
        const [top] = await tx.couponRedemption.groupBy({ by: ["userId"], where: { couponId, centerId, releasedAt: null }, _count: { _all: true }, orderBy: { _count: { userId: "desc" } }, take: 1 });
        const most = top?._count._all ?? 0;
        if (next.maxPerUser < most) throw new AppError("conflict", { details: [{ path: "body.maxPerUser", code: "below_used", minimum: most }] });
      }

      const updated = await tx.coupon.update({
        where: { id: coupon.id },
        data: {
          code: next.code,
          kind: next.kind,
          value: next.value,
          currency: next.currency,
          minPriceAmount: next.minPriceAmount,
          startsAt: next.startsAt,
          endsAt: next.endsAt,
          maxRedemptions: next.maxRedemptions,
          maxPerUser: next.maxPerUser,
        },
        select: { id: true, code: true },
      });
      await logActivity(tx, {
        action: "coupon.updated",
        actorUserId: access.userId,
        centerId,
        targetType: "coupon",
        targetId: coupon.id,
        client,
        metadata: { fields: Object.keys(changes).filter((key) => changes[key as keyof typeof changes] !== undefined).join(",") },
      });
      return updated;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw codeTaken();
    throw error;
  }
}

const invalid = (field: string, code: string) => new AppError("validation_failed", { details: [{ path: `body.${field}`, code }] });

/**
 * Disables or re-enables a coupon (`coupon.update`). A disabled coupon is refused at checkout
 * (`inactive`); orders already placed with it keep their discount. Logged only when it changes.
 */
export async function setCouponActive(access: CenterAccess, input: SetCouponActiveInput, client?: ClientInfo): Promise<{ id: string; active: boolean }> {
  requirePermission(access, "coupon.update");
  const { couponId, active } = setCouponActiveInput.parse(input);
  const { centerId } = centerScope(access);
  return db.$transaction(async (tx) => {
    const coupon = await lockCenterCoupon(tx, centerId, couponId);
    if (coupon.active === active) return { id: coupon.id, active };
    await tx.coupon.update({ where: { id: coupon.id }, data: { active } });
    await logActivity(tx, { action: active ? "coupon.enabled" : "coupon.disabled", actorUserId: access.userId, centerId, targetType: "coupon", targetId: coupon.id, client });
    return { id: coupon.id, active };
  });
}
