import "server-only";
import { centerScope, courseScope, requirePermission, type CenterAccess } from "@/lib/access/center-scope";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/http/errors";
import { decodeCursor, toPage } from "@/lib/http/pagination";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";
import { couponIdInput, couponUsageInput, listCenterCouponsInput, type CouponUsageInput, type ListCenterCouponsInput } from "./manage-coupon-schemas";

type Currency = "MMK" | "USD";
type Money = { amount: number; currency: Currency };

/** Where a coupon stands now: `scheduled` is active but not started yet (listed under "active"). */
export type CouponState = "active" | "scheduled" | "inactive" | "expired";

export type CouponUsageSummary = {
  /** Live uses (orders pending or paid): what the total cap counts. */
  redeemed: number;
  /** Uses given back because their order failed, was cancelled or expired. */
  released: number;
  /** Orders paid with the coupon, and the discount they were given (one entry per currency). */
  paidOrders: number;
  discountGiven: Money[];
};

export type CenterCouponItem = {
  id: string;
  code: string;
  kind: "PERCENT" | "FIXED";
  value: number;
  currency: Currency;
  state: CouponState;
  /** null: every course of the center. */
  course: { id: string; title: string } | null;
  minPriceAmount: number | null;
  startsAt: string | null;
  endsAt: string | null;
  maxRedemptions: number | null;
  maxPerUser: number | null;
  createdAt: string;
  usage: CouponUsageSummary;
};

export type CenterCouponDetail = CenterCouponItem & {
  active: boolean;
  /** True once any order used it: code and discount can no longer change. */
  everUsed: boolean;
};

const couponSelect = {
  id: true,
  code: true,
  kind: true,
  value: true,
  currency: true,
  active: true,
  minPriceAmount: true,
  startsAt: true,
  endsAt: true,
  maxRedemptions: true,
  maxPerUser: true,
  redeemedCount: true,
  createdAt: true,
  course: { select: { id: true, titleEn: true, titleMy: true } },
} satisfies Prisma.CouponSelect;
type Row = Prisma.CouponGetPayload<{ select: typeof couponSelect }>;

function stateOf(row: Pick<Row, "active" | "startsAt" | "endsAt">, now: Date): CouponState {
  if (!row.active) return "inactive";
  if (row.endsAt && row.endsAt <= now) return "expired";
  return row.startsAt && row.startsAt > now ? "scheduled" : "active";
}

/** Released uses, paid orders and the discount they got, for these coupons (two grouped queries). */
async function usageOf(centerId: string, rows: Row[]): Promise<Map<string, CouponUsageSummary>> {
  const couponIds = rows.map((row) => row.id);
  const [released, paid] = await Promise.all([
    db.couponRedemption.groupBy({ by: ["couponId"], where: { centerId, couponId: { in: couponIds }, releasedAt: { not: null } }, _count: { _all: true } }),
    db.couponRedemption.groupBy({
      by: ["couponId", "currency"],
      where: { centerId, couponId: { in: couponIds }, order: { paidAt: { not: null } } },
      _count: { _all: true },
      _sum: { discountAmount: true },
    }),
  ]);
  const usage = new Map<string, CouponUsageSummary>(rows.map((row) => [row.id, { redeemed: row.redeemedCount, released: 0, paidOrders: 0, discountGiven: [] }]));
  for (const group of released) usage.get(group.couponId)!.released = group._count._all;
  for (const group of paid) {
    const entry = usage.get(group.couponId)!;
    entry.paidOrders += group._count._all;
    entry.discountGiven.push({ amount: group._sum.discountAmount ?? 0, currency: group.currency });
  }
  return usage;
}

function toItem(row: Row, usage: CouponUsageSummary, locale: Locale, now: Date): CenterCouponItem {
  return {
    id: row.id,
    code: row.code,
    kind: row.kind,
    value: row.value,
    currency: row.currency,
    state: stateOf(row, now),
    course: row.course ? { id: row.course.id, title: localized(row.course.titleEn, row.course.titleMy, locale) } : null,
    minPriceAmount: row.minPriceAmount,
    startsAt: row.startsAt?.toISOString() ?? null,
    endsAt: row.endsAt?.toISOString() ?? null,
    maxRedemptions: row.maxRedemptions,
    maxPerUser: row.maxPerUser,
    createdAt: row.createdAt.toISOString(),
    usage,
  };
}

/** A center's coupons with their usage (`coupon.read`), newest first, keyset-paged, by state. */
export async function listCenterCoupons(access: CenterAccess, input: ListCenterCouponsInput, locale: Locale, now = new Date()): Promise<{ items: CenterCouponItem[]; nextCursor: string | null }> {
  requirePermission(access, "coupon.read");
  const query = listCenterCouponsInput.parse(input);
  const { centerId } = centerScope(access);
  const and: Prisma.CouponWhereInput[] = [];
  if (query.status === "inactive") and.push({ active: false });
  if (query.status === "expired") and.push({ active: true, endsAt: { lte: now } });
  if (query.status === "active") and.push({ active: true, OR: [{ endsAt: null }, { endsAt: { gt: now } }] });
  const after = decodeCursor(query.cursor);
  if (after) {
    const at = typeof after.key === "string" ? new Date(after.key) : null;
    if (!at || Number.isNaN(at.getTime())) return { items: [], nextCursor: null };
    and.push({ OR: [{ createdAt: { lt: at } }, { createdAt: at, id: { lt: after.id } }] });
  }
  const rows = await db.coupon.findMany({ where: { centerId, AND: and }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: query.limit + 1, select: couponSelect });
  const usage = await usageOf(centerId, rows.slice(0, query.limit));
  return toPage(rows, query.limit, (row) => ({ key: row.createdAt.toISOString(), id: row.id }), (row) => toItem(row, usage.get(row.id)!, locale, now));
}

/** One coupon of the center with its usage (`coupon.read`); another center's coupon is a 404. */
export async function getCenterCoupon(access: CenterAccess, couponId: string, locale: Locale, now = new Date()): Promise<CenterCouponDetail> {
  requirePermission(access, "coupon.read");
  const { couponId: id } = couponIdInput.parse({ couponId });
  const { centerId } = centerScope(access);
  const row = await db.coupon.findFirst({ where: { id, centerId }, select: couponSelect });
  if (!row) throw new AppError("not_found");
  const [usage, ever] = await Promise.all([usageOf(centerId, [row]), db.couponRedemption.count({ where: { centerId, couponId: id } })]);
  return { ...toItem(row, usage.get(row.id)!, locale, now), active: row.active, everUsed: ever > 0 };
}

export type CouponRedemptionItem = {
  id: string;
  order: { id: string; reference: string; status: string };
  /** The buyer's display name only (policy S5); null when the account was deleted. */
  buyer: { name: string | null } | null;
  discount: Money;
  /** True when the order did not go through and the use was given back. */
  released: boolean;
  createdAt: string;
};

/** The uses of one of the center's coupons (`coupon.read`), newest first, keyset-paged. */
export async function getCouponUsage(access: CenterAccess, input: CouponUsageInput): Promise<{ items: CouponRedemptionItem[]; nextCursor: string | null }> {
  requirePermission(access, "coupon.read");
  const query = couponUsageInput.parse(input);
  const { centerId } = centerScope(access);
  if (!(await db.coupon.findFirst({ where: { id: query.couponId, centerId }, select: { id: true } }))) throw new AppError("not_found");
  const where: Prisma.CouponRedemptionWhereInput = { centerId, couponId: query.couponId };
  const after = decodeCursor(query.cursor);
  if (after) {
    const at = typeof after.key === "string" ? new Date(after.key) : null;
    if (!at || Number.isNaN(at.getTime())) return { items: [], nextCursor: null };
    where.OR = [{ createdAt: { lt: at } }, { createdAt: at, id: { lt: after.id } }];
  }
  const rows = await db.couponRedemption.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    select: {
      id: true,
      discountAmount: true,
      currency: true,
      releasedAt: true,
      createdAt: true,
      order: { select: { id: true, reference: true, status: true } },
      user: { select: { name: true } },
    },
  });
  return toPage(
    rows,
    query.limit,
    (row) => ({ key: row.createdAt.toISOString(), id: row.id }),
    (row) => ({
      id: row.id,
      order: { id: row.order.id, reference: row.order.reference, status: row.order.status },
      buyer: row.user ? { name: row.user.name } : null,
      discount: { amount: row.discountAmount, currency: row.currency },
      released: row.releasedAt !== null,
      createdAt: row.createdAt.toISOString(),
    }),
  );
}

/** The center's courses a coupon may be limited to (the form's choices), by title. */
export async function listCouponCourses(access: CenterAccess, locale: Locale): Promise<{ id: string; title: string }[]> {
  requirePermission(access, "coupon.read");
  const rows = await db.course.findMany({ where: { ...courseScope(access), status: { not: "ARCHIVED" } }, select: { id: true, titleEn: true, titleMy: true }, orderBy: { createdAt: "desc" }, take: 500 });
  return rows.map((row) => ({ id: row.id, title: localized(row.titleEn, row.titleMy, locale) }));
}
