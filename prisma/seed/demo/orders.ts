import type { PaymentProvider, Prisma } from "../../../lib/generated/prisma/client.ts";
import type { BuiltCourse, BuiltStudent, DemoContext } from "./context.ts";
import { applicableCoupon, buildCoupons, couponDiscount, type BuiltCoupon } from "./coupons.ts";
import { orderPostings, providerFee } from "./ledger.ts";
import { ANCHOR, DAY, HOUR, MINUTE, addMs, between, maxDate, myanmarDateStamp } from "./time.ts";

export const PAID_ENROLLMENTS = 120;

/** The fixture students' purchases, so that their accounts always show the same courses. */
const FIXTURE_PURCHASES = [
  ["python-for-beginners", "sql-for-data-analysis", "matric-mathematics"],
  ["ielts-preparation", "modern-javascript", "facebook-marketing-smes"],
];

export type PaidOrder = { order: Prisma.OrderCreateManyInput & { id: string }; course: BuiltCourse; student: BuiltStudent; centerNet: number; enrollmentIndex: number; coupon: boolean };

type Pair = { student: BuiltStudent; course: BuiltCourse; from: Date; to: Date };

export function buildOrders(ctx: DemoContext): PaidOrder[] {
  const coupons = buildCoupons(ctx);
  const references = new Set<string>();
  const owned = new Set<string>();
  const buyable = ctx.courses.filter((course) => course.published && course.center.active && course.price > 0);
  const weight = new Map(buyable.map((course) => [course.id, ctx.rng.int(1, 6)]));

  const pairFor = (student: BuiltStudent, course: BuiltCourse): Pair | null => {
    if (owned.has(`${student.id}:${course.id}`) || !course.publishedAt) return null;
    const from = addMs(maxDate(course.publishedAt, student.createdAt), HOUR);
    const to = addMs(ANCHOR, -2 * HOUR);
    return from < to ? { student, course, from, to } : null;
  };
  const randomPair = (students: readonly BuiltStudent[]): Pair => {
    for (let tries = 0; tries < 1000; tries++) {
      const pair = pairFor(ctx.rng.pick(students), weightedCourse(ctx, buyable, weight));
      if (pair) return pair;
    }
    throw new Error("no purchasable (student, course) pair left");
  };
  const take = (pair: Pair) => owned.add(`${pair.student.id}:${pair.course.id}`);

  const paid: PaidOrder[] = [];
  const buy = (pair: Pair) => {
    take(pair);
    paid.push(addPaidOrder(ctx, pair, coupons, references));
  };
  FIXTURE_PURCHASES.forEach((slugs, index) => {
    const student = ctx.students[index];
    for (const slug of slugs) {
      const course = buyable.find((candidate) => candidate.slug === slug);
      const pair = student && course ? pairFor(student, course) : null;
      if (!pair) throw new Error(`fixture purchase ${slug} is not possible`);
      buy(pair);
    }
  });
  const others = ctx.students.slice(FIXTURE_PURCHASES.length);
  for (let turn = 0; paid.length < PAID_ENROLLMENTS; turn++) {
    const student = others[turn % others.length];
    if (!student) break;
    for (let tries = 0; tries < 20; tries++) {
      const pair = pairFor(student, weightedCourse(ctx, buyable, weight));
      if (pair) {
        buy(pair);
        break;
      }
    }
  }

  // Failed attempts: two students who then paid on a second try, one who gave up (its coupon use released).
  for (const retried of paid.slice(10, 12)) {
    const earliest = addMs(maxDate(retried.course.publishedAt ?? ANCHOR, retried.student.createdAt), 5 * MINUTE);
    const at = maxDate(earliest, addMs(new Date(retried.order.createdAt as Date), -ctx.rng.int(20, 90) * MINUTE));
    addFailedOrder(ctx, { student: retried.student, course: retried.course, at }, undefined, references);
  }
  const gaveUp = randomPair(others);
  take(gaveUp);
  const gaveUpAt = between(ctx.rng.next, gaveUp.from, gaveUp.to);
  addFailedOrder(ctx, { ...gaveUp, at: gaveUpAt }, applicableCoupon(coupons, gaveUp.course, gaveUpAt), references);

  for (let i = 0; i < 3; i++) {
    const pending = randomPair(others);
    take(pending);
    addPendingOrder(ctx, pending, maxDate(pending.from, addMs(ANCHOR, -ctx.rng.int(1, 20) * HOUR)), references);
  }
  for (let i = 0; i < 2; i++) {
    const granted = randomPair(others);
    take(granted);
    const at = between(ctx.rng.next, granted.from, addMs(granted.to, -DAY));
    const id = ctx.ids.uuid(at);
    const row = { id, centerId: granted.course.center.id, courseId: granted.course.id, userId: granted.student.id, source: "ADMIN_GRANT" as const, status: "ACTIVE" as const, grantedById: granted.course.center.ownerId, createdAt: at };
    ctx.rows.enrollments.push(row);
    ctx.enrollments.push({ row, student: granted.student, course: granted.course, at, completedLessons: 0 });
  }
  return paid;
}

function weightedCourse(ctx: DemoContext, courses: BuiltCourse[], weight: Map<string, number>): BuiltCourse {
  const total = courses.reduce((sum, course) => sum + (weight.get(course.id) ?? 1), 0);
  let roll = ctx.rng.next() * total;
  for (const course of courses) {
    roll -= weight.get(course.id) ?? 1;
    if (roll < 0) return course;
  }
  return courses[courses.length - 1] as BuiltCourse;
}

function pickProvider(ctx: DemoContext): PaymentProvider {
  const roll = ctx.rng.next();
  return roll < 0.45 ? "KBZPAY" : roll < 0.8 ? "DINGER" : "STRIPE";
}

function uniqueReference(ctx: DemoContext, at: Date, references: Set<string>): string {
  for (;;) {
    const reference = `MMSO_${myanmarDateStamp(at)}_${ctx.rng.alnum(8)}`;
    if (!references.has(reference)) {
      references.add(reference);
      return reference;
    }
  }
}

function checkout(ctx: DemoContext, provider: PaymentProvider) {
  if (provider === "STRIPE") {
    const id = `cs_test_${ctx.rng.alnum(24)}`;
    // Historical demo orders: their sandbox checkout pages are gone (checkoutUrl null).
    return { providerCheckoutId: id, checkoutUrl: null };
  }
  if (provider === "KBZPAY") return { providerCheckoutId: `KBZ${ctx.rng.digits(21)}`, checkoutUrl: null };
  return { providerCheckoutId: null, checkoutUrl: null };
}

function transaction(ctx: DemoContext, provider: PaymentProvider) {
  if (provider === "STRIPE") return { providerTransactionId: `pi_3${ctx.rng.alnum(23)}`, method: "card" };
  if (provider === "KBZPAY") return { providerTransactionId: ctx.rng.digits(19), method: ctx.rng.pick(["KBZPay app", "MMQR"]) };
  return { providerTransactionId: ctx.rng.digits(16), method: ctx.rng.pick(["KBZ Pay", "AYA Pay", "Wave Pay", "CB Pay", "MPU", "Visa"]) };
}

type OrderInput = { student: BuiltStudent; course: BuiltCourse; at: Date };

function orderRow(ctx: DemoContext, input: OrderInput, coupon: BuiltCoupon | undefined, references: Set<string>) {
  const provider = pickProvider(ctx);
  const discount = coupon ? couponDiscount(coupon, input.course.price) : 0;
  return {
    id: ctx.ids.uuid(input.at),
    reference: uniqueReference(ctx, input.at, references),
    userId: input.student.id,
    centerId: input.course.center.id,
    courseId: input.course.id,
    provider,
    unitAmount: input.course.price,
    discountAmount: discount,
    totalAmount: input.course.price - discount,
    currency: "MMK" as const,
    couponId: coupon?.row.id ?? null,
    refundPolicyId: input.course.center.refundPolicyId,
    idempotencyKey: ctx.ids.uuid(input.at),
    ...checkout(ctx, provider),
    expiresAt: addMs(input.at, 30 * MINUTE),
    createdAt: input.at,
  };
}

/** What the provider's sandbox recorded for a demo order (reconciliation compares it with ours). */
function sandboxRecord(ctx: DemoContext, order: ReturnType<typeof orderRow>, status: "PAID" | "FAILED" | "PENDING", transactionId: string | null, at: Date): Prisma.SandboxPaymentCreateManyInput {
  return {
    id: ctx.ids.uuid(at),
    provider: order.provider,
    merchantReference: order.reference,
    checkoutId: order.providerCheckoutId ?? `demo-${order.id}`,
    transactionId,
    amount: order.totalAmount,
    currency: "MMK",
    status,
    callbackUrl: `/api/webhooks/${order.provider.toLowerCase()}`,
    request: { demo: true },
    createdAt: order.createdAt,
    updatedAt: at,
  };
}

function redeem(ctx: DemoContext, coupon: BuiltCoupon, order: ReturnType<typeof orderRow>, releasedAt: Date | null): void {
  if (!releasedAt) coupon.row.redeemedCount += 1;
  ctx.rows.couponRedemptions.push({ id: ctx.ids.uuid(order.createdAt), centerId: order.centerId, couponId: coupon.row.id, orderId: order.id, userId: order.userId, discountAmount: order.discountAmount, currency: "MMK", releasedAt, createdAt: order.createdAt });
}

function addPaidOrder(ctx: DemoContext, pair: Pair, coupons: BuiltCoupon[], references: Set<string>): PaidOrder {
  const at = between(ctx.rng.next, pair.from, pair.to);
  const coupon = ctx.rng.chance(0.15) ? applicableCoupon(coupons, pair.course, at) : undefined;
  const paidAt = addMs(at, ctx.rng.int(1, 15) * MINUTE);
  const order = { ...orderRow(ctx, { ...pair, at }, coupon, references), status: "PAID" as const, paidAt, updatedAt: paidAt };
  ctx.rows.orders.push(order);
  if (coupon) redeem(ctx, coupon, order, null);
  const fee = providerFee(order.provider, order.totalAmount);
  const paidWith = transaction(ctx, order.provider);
  ctx.rows.payments.push({ id: ctx.ids.uuid(paidAt), centerId: order.centerId, orderId: order.id, provider: order.provider, ...paidWith, status: "SUCCEEDED", amount: order.totalAmount, currency: "MMK", providerFeeAmount: fee, paidAt, createdAt: paidAt });
  ctx.rows.sandboxPayments.push(sandboxRecord(ctx, order, "PAID", paidWith.providerTransactionId, paidAt));
  const { entries, centerNet } = orderPostings({ ...order, commissionRateBps: pair.course.center.commissionRateBps }, () => ctx.ids.uuid(paidAt));
  ctx.rows.ledgerEntries.push(...entries);
  const enrollment = { id: ctx.ids.uuid(paidAt), centerId: order.centerId, courseId: order.courseId, userId: pair.student.id, source: "ORDER" as const, status: "ACTIVE" as const, orderId: order.id, createdAt: paidAt, updatedAt: paidAt };
  ctx.rows.enrollments.push(enrollment);
  ctx.enrollments.push({ row: enrollment, student: pair.student, course: pair.course, at: paidAt, completedLessons: 0 });
  return { order, course: pair.course, student: pair.student, centerNet, enrollmentIndex: ctx.enrollments.length - 1, coupon: Boolean(coupon) };
}

function addFailedOrder(ctx: DemoContext, input: OrderInput, coupon: BuiltCoupon | undefined, references: Set<string>): void {
  const failedAt = addMs(input.at, ctx.rng.int(5, 20) * MINUTE);
  const order = { ...orderRow(ctx, input, coupon, references), status: "FAILED" as const, failedAt, updatedAt: failedAt };
  ctx.rows.orders.push(order);
  if (coupon) redeem(ctx, coupon, order, failedAt);
  ctx.rows.payments.push({ id: ctx.ids.uuid(failedAt), centerId: order.centerId, orderId: order.id, provider: order.provider, ...transaction(ctx, order.provider), status: "FAILED", amount: order.totalAmount, currency: "MMK", createdAt: failedAt });
  ctx.rows.sandboxPayments.push(sandboxRecord(ctx, order, "FAILED", null, failedAt));
}

function addPendingOrder(ctx: DemoContext, input: Omit<OrderInput, "at">, at: Date, references: Set<string>): void {
  const order = orderRow(ctx, { ...input, at }, undefined, references);
  ctx.rows.orders.push({ ...order, status: "PENDING", expiresAt: addMs(at, DAY) });
  ctx.rows.sandboxPayments.push(sandboxRecord(ctx, order, "PENDING", null, at));
}
