import { z } from "zod";
import { pageQuery } from "@/lib/http/pagination";
import { normaliseCouponCode } from "./discount";

// The zod schemas of the dashboard's coupon use cases, shared by the domain functions
// (manage-coupons.ts, manage-coupon-reads.ts) and the server actions that parse the forms.
// Amounts are integers in the currency's platform unit (whole kyat for MMK, cents for USD).

export const COUPON_STATUSES = ["active", "inactive", "expired"] as const;
export type CouponStatusFilter = (typeof COUPON_STATUSES)[number];

/** A code as the buyer types it: spaces dropped, upper-cased, then 3–30 of A–Z, 0–9, "_" and "-". */
export const couponCode = () =>
  z
    .string()
    .max(100)
    .overwrite(normaliseCouponCode)
    .min(3)
    .max(30)
    .regex(/^[A-Z0-9_-]+$/, { message: "invalid_characters" });

const positiveCap = z.number().int().positive().max(1_000_000).nullable();
const amount = z.number().int().min(0).max(1_000_000_000);
const moment = z.date().nullable();

/** The discount: a percentage (1–100), or a fixed amount above zero in the given currency. */
const discountTerms = {
  kind: z.enum(["PERCENT", "FIXED"]),
  value: z.number().int().positive().max(1_000_000_000),
  currency: z.enum(["MMK", "USD"]).default("MMK"),
};

const limits = {
  /** The course's price must be at least this (in the coupon's currency); null: no minimum. */
  minPriceAmount: amount.nullable().default(null),
  startsAt: moment.default(null),
  endsAt: moment.default(null),
  /** Live uses in total and per person; null: no cap. */
  maxRedemptions: positiveCap.default(null),
  maxPerUser: positiveCap.default(null),
};

type Checked = { kind?: "PERCENT" | "FIXED"; value?: number; startsAt?: Date | null; endsAt?: Date | null };

function checkTerms(terms: Checked, ctx: z.RefinementCtx): void {
  if (terms.kind === "PERCENT" && terms.value !== undefined && terms.value > 100) {
    ctx.addIssue({ code: "too_big", origin: "number", maximum: 100, inclusive: true, input: terms.value, path: ["value"], message: "percent_above_100" });
  }
  if (terms.startsAt && terms.endsAt && terms.endsAt <= terms.startsAt) {
    ctx.addIssue({ code: "custom", input: terms.endsAt, path: ["endsAt"], message: "ends_before_starts" });
  }
}

export const createCouponInput = z
  .object({
    code: couponCode(),
    ...discountTerms,
    /** One of the center's courses, or null for every course of the center. */
    courseId: z.uuid().nullable().default(null),
    ...limits,
  })
  .superRefine(checkTerms);
export type CreateCouponInput = z.input<typeof createCouponInput>;

/**
 * Everything but the scope may be changed. Code and discount (kind, value, currency) only while the
 * coupon was never used; caps never below the uses already counted (checked under the row lock).
 */
export const updateCouponInput = z
  .object({
    couponId: z.uuid(),
    code: couponCode().optional(),
    kind: discountTerms.kind.optional(),
    value: discountTerms.value.optional(),
    currency: z.enum(["MMK", "USD"]).optional(),
    minPriceAmount: amount.nullable().optional(),
    startsAt: moment.optional(),
    endsAt: moment.optional(),
    maxRedemptions: positiveCap.optional(),
    maxPerUser: positiveCap.optional(),
  })
  .superRefine(checkTerms);
export type UpdateCouponInput = z.input<typeof updateCouponInput>;

export const setCouponActiveInput = z.object({ couponId: z.uuid(), active: z.boolean() });
export type SetCouponActiveInput = z.input<typeof setCouponActiveInput>;

export const couponIdInput = z.object({ couponId: z.uuid() });

export const listCenterCouponsInput = pageQuery.extend({ status: z.enum(COUPON_STATUSES).optional() });
export type ListCenterCouponsInput = z.input<typeof listCenterCouponsInput>;

export const couponUsageInput = pageQuery.extend({ couponId: z.uuid() });
export type CouponUsageInput = z.input<typeof couponUsageInput>;
