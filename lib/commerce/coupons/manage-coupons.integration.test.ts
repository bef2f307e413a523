import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { getCenterAccess, type CenterAccess } from "@/lib/access/center-scope";
import { applyVerifiedMessage } from "@/lib/commerce/apply-verified-message";
import { createOrder } from "@/lib/commerce/orders/create-order";
import { db } from "@/lib/db";
import { AppError } from "@/lib/http/errors";
import { toFieldErrors } from "@/lib/http/field-errors";
import { createShop, paymentMessage } from "@/lib/testing/commerce-factories";
import { createUser } from "@/lib/testing/factories";
import { actorFor, addStaff, createPlatformAdmin, testClient } from "@/lib/testing/staff-factories";
import { getCenterCoupon, getCouponUsage, listCenterCoupons, listCouponCourses } from "./manage-coupon-reads";
import { createCoupon, setCouponActive, updateCoupon } from "./manage-coupons";
import { validateCoupon } from "./validate-coupon";

const code = async (promise: Promise<unknown>) => promise.then(() => "ok", (error: unknown) => (error instanceof AppError ? error.code : error instanceof ZodError ? "zod" : String(error)));
const detail = async (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (error: unknown) => {
      if (error instanceof ZodError) return toFieldErrors(error, "body").map((issue) => `${issue.path}:${issue.message}`).join(" ");
      if (error instanceof AppError) return `${error.code}:${JSON.stringify(error.details ?? null)}`;
      return String(error);
    },
  );

async function shopWithAdmin(priceAmount = 40_000) {
  const shop = await createShop({ priceAmount });
  const admin = await addStaff(shop.center.id, "ADMIN");
  return { ...shop, admin, access: await getCenterAccess(admin.actor, shop.center.id) };
}

const buy = (actor: ReturnType<typeof actorFor>, courseId: string, couponCode: string) => createOrder({ actor, locale: "en", idempotencyKey: null, courseId, provider: "dinger", couponCode });
const pay = (order: { reference: string; total: number }) => applyVerifiedMessage(paymentMessage({ ...order, provider: "DINGER" }));

describe("coupon management", () => {
  it("creates a coupon with a normalised code, center- or course-wide, and logs it", async () => {
    const shop = await shopWithAdmin();
    const created = await createCoupon(shop.access, { code: " new year-10 ", kind: "PERCENT", value: 10 }, testClient());
    expect(created.code).toBe("NEWYEAR-10");
    const row = await db.coupon.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({ centerId: shop.center.id, scope: "CENTER", courseId: null, kind: "PERCENT", value: 10, active: true, createdById: shop.admin.user.id, maxRedemptions: null });
    const log = await db.activityLog.findFirstOrThrow({ where: { centerId: shop.center.id, action: "coupon.created" } });
    expect(log).toMatchObject({ actorUserId: shop.admin.user.id, targetType: "coupon", targetId: created.id, ip: "203.0.113.7", metadata: { kind: "PERCENT", value: 10, scope: "CENTER" } });

    const startsAt = new Date("2026-12-01T00:00:00Z");
    const endsAt = new Date("2026-12-31T00:00:00Z");
    const course = await createCoupon(shop.access, { code: "fixed5k", kind: "FIXED", value: 5_000, currency: "MMK", courseId: shop.course.id, minPriceAmount: 20_000, startsAt, endsAt, maxRedemptions: 50, maxPerUser: 1 });
    expect(await db.coupon.findUniqueOrThrow({ where: { id: course.id } })).toMatchObject({ scope: "COURSE", courseId: shop.course.id, code: "FIXED5K", minPriceAmount: 20_000, startsAt, endsAt, maxRedemptions: 50, maxPerUser: 1 });
    expect(await listCouponCourses(shop.access, "en")).toEqual([{ id: shop.course.id, title: expect.any(String) }]);
  });

  it("refuses invalid input with field paths, and another center's course as a 404", async () => {
    const shop = await shopWithAdmin();
    const base = { code: "GOOD10", kind: "PERCENT" as const, value: 10 };
    expect(await detail(createCoupon(shop.access, { ...base, code: "ab" }))).toBe("body.code:Too small: expected string to have >=3 characters");
    expect(await detail(createCoupon(shop.access, { ...base, code: "SAVE!10" }))).toBe("body.code:invalid_characters");
    expect(await detail(createCoupon(shop.access, { ...base, code: "x".repeat(31) }))).toContain("body.code:");
    expect(await detail(createCoupon(shop.access, { ...base, value: 101 }))).toBe("body.value:percent_above_100");
    expect(await detail(createCoupon(shop.access, { ...base, value: 0 }))).toContain("body.value:");
    expect(await detail(createCoupon(shop.access, { ...base, kind: "FIXED", value: -5 }))).toContain("body.value:");
    expect(await detail(createCoupon(shop.access, { ...base, kind: "FIXED", value: 500, currency: "EUR" as "MMK" }))).toContain("body.currency:");
    expect(await detail(createCoupon(shop.access, { ...base, startsAt: new Date("2026-12-02"), endsAt: new Date("2026-12-01") }))).toBe("body.endsAt:ends_before_starts");
    expect(await detail(createCoupon(shop.access, { ...base, maxRedemptions: 0 }))).toContain("body.maxRedemptions:");
    expect(await detail(createCoupon(shop.access, { ...base, maxPerUser: 1.5 }))).toContain("body.maxPerUser:");
    expect(await detail(createCoupon(shop.access, { ...base, minPriceAmount: -1 }))).toContain("body.minPriceAmount:");

    const other = await createShop();
    expect(await detail(createCoupon(shop.access, { ...base, courseId: other.course.id }))).toBe('not_found:[{"path":"body.courseId","code":"not_found"}]');
    expect(await db.coupon.count({ where: { centerId: shop.center.id } })).toBe(0);
  });

  it("keeps codes unique per center (409), while another center may use the same code", async () => {
    const shop = await shopWithAdmin();
    await createCoupon(shop.access, { code: "WELCOME", kind: "PERCENT", value: 10 });
    expect(await detail(createCoupon(shop.access, { code: "welcome", kind: "FIXED", value: 1_000 }))).toBe('conflict:[{"path":"body.code","code":"code_taken"}]');
    const other = await shopWithAdmin();
    expect(await code(createCoupon(other.access, { code: "WELCOME", kind: "PERCENT", value: 20 }))).toBe("ok");

    const second = await createCoupon(shop.access, { code: "SECOND", kind: "PERCENT", value: 5 });
    expect(await detail(updateCoupon(shop.access, { couponId: second.id, code: "Welcome" }))).toBe('conflict:[{"path":"body.code","code":"code_taken"}]');
  });

  it("updates window, caps and minimum price; code and discount only while unused; caps never below the uses counted", async () => {
    const shop = await shopWithAdmin(40_000);
    const coupon = await createCoupon(shop.access, { code: "EDITME", kind: "PERCENT", value: 10, startsAt: new Date("2026-01-01T00:00:00Z") });
    // Unused: everything but the scope may change.
    await updateCoupon(shop.access, { couponId: coupon.id, code: "edited", kind: "FIXED", value: 4_000, minPriceAmount: 10_000, maxRedemptions: 3 }, testClient());
    expect(await db.coupon.findUniqueOrThrow({ where: { id: coupon.id } })).toMatchObject({ code: "EDITED", kind: "FIXED", value: 4_000, minPriceAmount: 10_000, maxRedemptions: 3 });
    expect(await db.activityLog.findFirstOrThrow({ where: { centerId: shop.center.id, action: "coupon.updated" } })).toMatchObject({ targetId: coupon.id, actorUserId: shop.admin.user.id });
    // The merged terms are checked too.
    expect(await detail(updateCoupon(shop.access, { couponId: coupon.id, endsAt: new Date("2025-12-31T00:00:00Z") }))).toBe('validation_failed:[{"path":"body.endsAt","code":"ends_before_starts"}]');
    expect(await detail(updateCoupon(shop.access, { couponId: coupon.id, kind: "PERCENT" }))).toBe('validation_failed:[{"path":"body.value","code":"percent_above_100"}]');

    const buyers = [shop.actor, actorFor(await createUser())];
    await buy(buyers[0]!, shop.course.id, "EDITED");
    await buy(buyers[1]!, shop.course.id, "EDITED");
    expect(await detail(updateCoupon(shop.access, { couponId: coupon.id, code: "RENAMED" }))).toBe('conflict:[{"path":"body.code","code":"coupon_used"}]');
    expect(await detail(updateCoupon(shop.access, { couponId: coupon.id, value: 1_000 }))).toBe('conflict:[{"path":"body.code","code":"coupon_used"}]');
    expect(await detail(updateCoupon(shop.access, { couponId: coupon.id, maxRedemptions: 1 }))).toBe('conflict:[{"path":"body.maxRedemptions","code":"below_used","minimum":2}]');
    // Sending the unchanged code and discount is fine.
    expect(await code(updateCoupon(shop.access, { couponId: coupon.id, code: "EDITED", kind: "FIXED", value: 4_000, maxRedemptions: 2, maxPerUser: 1, endsAt: new Date("2027-01-01T00:00:00Z") }))).toBe("ok");
    expect(await db.coupon.findUniqueOrThrow({ where: { id: coupon.id } })).toMatchObject({ maxRedemptions: 2, maxPerUser: 1, redeemedCount: 2 });
    // The same buyer twice: a per-person cap of 1 no longer fits.
    await updateCoupon(shop.access, { couponId: coupon.id, maxRedemptions: null, maxPerUser: null });
    await buy(buyers[0]!, shop.course.id, "EDITED");
    expect(await detail(updateCoupon(shop.access, { couponId: coupon.id, maxPerUser: 1 }))).toBe('conflict:[{"path":"body.maxPerUser","code":"below_used","minimum":2}]');
    expect(await code(updateCoupon(shop.access, { couponId: coupon.id, maxPerUser: 2 }))).toBe("ok");
  });

  it("disables and re-enables; a disabled coupon is refused at checkout and logged once per change", async () => {
    const shop = await shopWithAdmin();
    const coupon = await createCoupon(shop.access, { code: "OFFON", kind: "PERCENT", value: 20 });
    expect(await validateCoupon({ actor: shop.actor, courseId: shop.course.id, code: "offon" })).toMatchObject({ discount: 8_000 });

    expect(await setCouponActive(shop.access, { couponId: coupon.id, active: false }, testClient())).toEqual({ id: coupon.id, active: false });
    await setCouponActive(shop.access, { couponId: coupon.id, active: false });
    const refused = await validateCoupon({ actor: shop.actor, courseId: shop.course.id, code: "OFFON" }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ code: "coupon_invalid", details: [{ path: "body.couponCode", code: "inactive" }] });
    expect(await code(buy(shop.actor, shop.course.id, "OFFON"))).toBe("coupon_invalid");
    expect((await getCenterCoupon(shop.access, coupon.id, "en")).state).toBe("inactive");

    await setCouponActive(shop.access, { couponId: coupon.id, active: true });
    expect(await code(validateCoupon({ actor: shop.actor, courseId: shop.course.id, code: "OFFON" }))).toBe("ok");
    const actions = await db.activityLog.findMany({ where: { centerId: shop.center.id, targetId: coupon.id }, orderBy: { createdAt: "asc" }, select: { action: true } });
    expect(actions.map((entry) => entry.action)).toEqual(["coupon.created", "coupon.disabled", "coupon.enabled"]);
  });

  it("reports usage: live uses, released ones, paid orders and the discount they got; the redemptions list names buyers only", async () => {
    const shop = await shopWithAdmin(40_000);
    const coupon = await createCoupon(shop.access, { code: "USAGE25", kind: "PERCENT", value: 25 });
    const unused = await createCoupon(shop.access, { code: "UNUSED", kind: "FIXED", value: 1_000 });
    const second = actorFor(await createUser({ name: "Ma Hla" }));
    const third = actorFor(await createUser());

    const paid1 = await buy(shop.actor, shop.course.id, "USAGE25");
    const paid2 = await buy(second, shop.course.id, "usage25");
    const failed = await buy(third, shop.course.id, "USAGE25");
    await buy(third, shop.course.id, "USAGE25"); // still pending: a live use, not paid
    expect((await pay(paid1)).status).toBe("applied");
    expect((await pay(paid2)).status).toBe("applied");
    expect((await applyVerifiedMessage(paymentMessage({ ...failed, provider: "DINGER" }, { outcome: "FAILED" }))).status).toBe("applied");

    const detailView = await getCenterCoupon(shop.access, coupon.id, "en");
    expect(detailView).toMatchObject({ code: "USAGE25", state: "active", active: true, everUsed: true, usage: { redeemed: 3, released: 1, paidOrders: 2, discountGiven: [{ amount: 20_000, currency: "MMK" }] } });

    const list = await listCenterCoupons(shop.access, {}, "en");
    expect(list.items.map((item) => item.code)).toEqual(["UNUSED", "USAGE25"]);
    expect(list.items[0]).toMatchObject({ id: unused.id, usage: { redeemed: 0, released: 0, paidOrders: 0, discountGiven: [] } });
    expect(list.items[1]!.usage).toEqual(detailView.usage);

    const usage = await getCouponUsage(shop.access, { couponId: coupon.id });
    expect(usage.items).toHaveLength(4);
    const byOrder = new Map(usage.items.map((item) => [item.order.reference, item]));
    expect(byOrder.get(paid2.reference)).toMatchObject({ order: { id: paid2.id, status: "PAID" }, buyer: { name: "Ma Hla" }, discount: { amount: 10_000, currency: "MMK" }, released: false });
    expect(byOrder.get(failed.reference)).toMatchObject({ order: { status: "FAILED" }, released: true });
    // Buyer name only: no phone, email or id reaches the dashboard.
    expect(Object.keys(usage.items[0]!.buyer ?? {})).toEqual(["name"]);

    // Paging.
    const firstPage = await getCouponUsage(shop.access, { couponId: coupon.id, limit: 3 });
    expect(firstPage.items).toHaveLength(3);
    const secondPage = await getCouponUsage(shop.access, { couponId: coupon.id, limit: 3, cursor: firstPage.nextCursor! });
    expect(secondPage).toMatchObject({ nextCursor: null });
    expect(new Set([...firstPage.items, ...secondPage.items].map((item) => item.id)).size).toBe(4);
  });

  it("filters the list by status and pages it", async () => {
    const shop = await shopWithAdmin();
    const active = await createCoupon(shop.access, { code: "LIVE1", kind: "PERCENT", value: 5 });
    const scheduled = await createCoupon(shop.access, { code: "LATER", kind: "PERCENT", value: 5, startsAt: new Date(Date.now() + 86_400_000) });
    const expired = await createCoupon(shop.access, { code: "PAST", kind: "PERCENT", value: 5, endsAt: new Date(Date.now() - 1_000) });
    const disabled = await createCoupon(shop.access, { code: "OFF", kind: "PERCENT", value: 5 });
    await setCouponActive(shop.access, { couponId: disabled.id, active: false });
    const ids = async (status?: "active" | "inactive" | "expired") => (await listCenterCoupons(shop.access, { status }, "en")).items.map((item) => item.id).sort();
    expect(await ids("active")).toEqual([active.id, scheduled.id].sort());
    expect(await ids("inactive")).toEqual([disabled.id]);
    expect(await ids("expired")).toEqual([expired.id]);
    expect(await ids()).toHaveLength(4);
    expect((await listCenterCoupons(shop.access, { status: "active" }, "en")).items.find((item) => item.id === scheduled.id)?.state).toBe("scheduled");

    const page1 = await listCenterCoupons(shop.access, { limit: 3 }, "en");
    const page2 = await listCenterCoupons(shop.access, { limit: 3, cursor: page1.nextCursor! }, "en");
    expect([...page1.items, ...page2.items].map((item) => item.code)).toEqual(["OFF", "PAST", "LATER", "LIVE1"]);
    expect(await code(listCenterCoupons(shop.access, { status: "bogus" as "active" }, "en"))).toBe("zod");
  });

  describe("two tenants", () => {
    async function twoCenters() {
      const a = await shopWithAdmin();
      const coupon = await createCoupon(a.access, { code: "ONLYA", kind: "PERCENT", value: 10 });
      const b = await shopWithAdmin();
      const instructor = await addStaff(a.center.id, "INSTRUCTOR");
      return { a, b, coupon, instructorAccess: await getCenterAccess(instructor.actor, a.center.id) };
    }

    it("center B's admin never reaches A's coupons: no access to A (404), and A's coupon ids are 404 through B", async () => {
      const { a, b, coupon } = await twoCenters();
      expect(await code(getCenterAccess(b.admin.actor, a.center.id))).toBe("not_found");
      const viaB = b.access;
      expect(await code(getCenterCoupon(viaB, coupon.id, "en"))).toBe("not_found");
      expect(await code(getCouponUsage(viaB, { couponId: coupon.id }))).toBe("not_found");
      expect(await code(updateCoupon(viaB, { couponId: coupon.id, maxRedemptions: 5 }))).toBe("not_found");
      expect(await code(setCouponActive(viaB, { couponId: coupon.id, active: false }))).toBe("not_found");
      expect(await code(createCoupon(viaB, { code: "STEAL", kind: "PERCENT", value: 10, courseId: a.course.id }))).toBe("not_found");
      expect((await listCenterCoupons(viaB, {}, "en")).items).toEqual([]);
      expect((await listCouponCourses(viaB, "en")).map((course) => course.id)).toEqual([b.course.id]);
      expect(await db.coupon.findUniqueOrThrow({ where: { id: coupon.id } })).toMatchObject({ active: true, maxRedemptions: null });
    });

    it("an instructor of A gets 403 for every function; the operator reads but does not change", async () => {
      const { a, coupon, instructorAccess } = await twoCenters();
      expect(await code(listCenterCoupons(instructorAccess, {}, "en"))).toBe("forbidden");
      expect(await code(getCenterCoupon(instructorAccess, coupon.id, "en"))).toBe("forbidden");
      expect(await code(getCouponUsage(instructorAccess, { couponId: coupon.id }))).toBe("forbidden");
      expect(await code(listCouponCourses(instructorAccess, "en"))).toBe("forbidden");
      expect(await code(createCoupon(instructorAccess, { code: "MINE", kind: "PERCENT", value: 10 }))).toBe("forbidden");
      expect(await code(updateCoupon(instructorAccess, { couponId: coupon.id, maxRedemptions: 5 }))).toBe("forbidden");
      expect(await code(setCouponActive(instructorAccess, { couponId: coupon.id, active: false }))).toBe("forbidden");

      const operator = await createPlatformAdmin();
      const operatorAccess: CenterAccess = await getCenterAccess(operator.actor, a.center.id);
      expect((await listCenterCoupons(operatorAccess, {}, "en")).items.map((item) => item.id)).toEqual([coupon.id]);
      expect(await code(createCoupon(operatorAccess, { code: "OPS", kind: "PERCENT", value: 10 }))).toBe("forbidden");
      expect(await code(setCouponActive(operatorAccess, { couponId: coupon.id, active: false }))).toBe("forbidden");
      expect(await db.coupon.count({ where: { centerId: a.center.id } })).toBe(1);
    });
  });
});

