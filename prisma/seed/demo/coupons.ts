import type { CouponKind, Prisma } from "../../../lib/generated/prisma/client.ts";
import type { DemoCenterSlug } from "../demo-fixtures.ts";
import type { BuiltCourse, DemoContext } from "./context.ts";
import { ANCHOR, DAY, addMs, daysBefore, maxDate } from "./time.ts";

type CouponSeed = {
  code: string;
  kind: CouponKind;
  value: number;
  course?: string;
  minPrice?: number;
  startsDaysAgo: number;
  endsInDays: number;
  max?: number;
  active?: false;
};

const COUPONS: Partial<Record<DemoCenterSlug, CouponSeed[]>> = {
  "yangon-code-academy": [
    { code: "WELCOME15", kind: "PERCENT", value: 15, startsDaysAgo: 150, endsInDays: 60, max: 200 },
    { code: "PYTHON10K", kind: "FIXED", value: 10_000, course: "python-for-beginners", minPrice: 50_000, startsDaysAgo: 120, endsInDays: 30, max: 50 },
  ],
  "mandalay-language-center": [
    { code: "THADINGYUT20", kind: "PERCENT", value: 20, startsDaysAgo: 60, endsInDays: 14, max: 100 },
    { code: "IELTS25K", kind: "FIXED", value: 25_000, course: "ielts-preparation", minPrice: 100_000, startsDaysAgo: 100, endsInDays: 45, max: 30 },
  ],
  "naypyitaw-exam-prep": [
    { code: "EXAM2027", kind: "PERCENT", value: 10, startsDaysAgo: 150, endsInDays: 540 },
    { code: "MATH15K", kind: "FIXED", value: 15_000, course: "matric-mathematics", startsDaysAgo: 90, endsInDays: 30, max: 40 },
  ],
  "yangon-business-school": [
    { code: "SME5000", kind: "FIXED", value: 5_000, minPrice: 30_000, startsDaysAgo: 150, endsInDays: 60 },
    { code: "GROW25", kind: "PERCENT", value: 25, course: "facebook-marketing-smes", startsDaysAgo: 80, endsInDays: 10, max: 25 },
    { code: "EARLYBIRD30", kind: "PERCENT", value: 30, startsDaysAgo: 200, endsInDays: -120, max: 20, active: false },
  ],
};

export type BuiltCoupon = { row: Prisma.CouponCreateManyInput & { id: string; redeemedCount: number }; courseSlug?: string; minPrice: number; startsAt: Date; endsAt: Date };

/** Percent and fixed coupons, center-wide and per course, at least one per active center. */
export function buildCoupons(ctx: DemoContext): BuiltCoupon[] {
  const coupons: BuiltCoupon[] = [];
  for (const center of ctx.centers) {
    for (const seed of COUPONS[center.slug] ?? []) {
      const course = seed.course ? ctx.courses.find((candidate) => candidate.slug === seed.course && candidate.center === center) : undefined;
      if (seed.course && !course) throw new Error(`coupon ${seed.code}: no course ${seed.course} at ${center.slug}`);
      const startsAt = daysBefore(ANCHOR, seed.startsDaysAgo);
      const endsAt = addMs(ANCHOR, seed.endsInDays * DAY);
      const createdAt = maxDate(center.createdAt, addMs(startsAt, -DAY));
      const row = {
        id: ctx.ids.uuid(createdAt),
        centerId: center.id,
        courseId: course?.id ?? null,
        scope: course ? ("COURSE" as const) : ("CENTER" as const),
        code: seed.code,
        kind: seed.kind,
        value: seed.value,
        currency: "MMK" as const,
        minPriceAmount: seed.minPrice ?? null,
        startsAt,
        endsAt,
        maxRedemptions: seed.max ?? null,
        maxPerUser: 1,
        redeemedCount: 0,
        active: seed.active ?? true,
        createdById: center.ownerId,
        createdAt,
      };
      ctx.rows.coupons.push(row);
      coupons.push({ row, courseSlug: seed.course, minPrice: seed.minPrice ?? 0, startsAt, endsAt });
    }
  }
  return coupons;
}

/** A coupon a student could have used for `course` at `at` (course coupons first), if any. */
export function applicableCoupon(coupons: BuiltCoupon[], course: BuiltCourse, at: Date): BuiltCoupon | undefined {
  const usable = coupons.filter(
    (coupon) =>
      coupon.row.active &&
      coupon.row.centerId === course.center.id &&
      (!coupon.courseSlug || coupon.courseSlug === course.slug) &&
      course.price >= coupon.minPrice &&
      coupon.startsAt <= at &&
      at <= coupon.endsAt &&
      (coupon.row.maxRedemptions === null || coupon.row.redeemedCount < (coupon.row.maxRedemptions ?? 0)),
  );
  return usable.find((coupon) => coupon.courseSlug) ?? usable[0];
}

export function couponDiscount(coupon: BuiltCoupon, price: number): number {
  return coupon.row.kind === "PERCENT" ? Math.floor((price * coupon.row.value) / 100) : Math.min(coupon.row.value, price);
}
