import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getCenterAccess } from "@/lib/access/center-scope";
import { createCoupon } from "@/lib/commerce/coupons/manage-coupons";
import { createOrder } from "@/lib/commerce/orders/create-order";
import { db } from "@/lib/db";
import { createShop } from "@/lib/testing/commerce-factories";
import { addStaff } from "@/lib/testing/staff-factories";

// The server actions run as in Next: the session's actor, the request's headers, and a redirect
// that ends the action (thrown, as Next's does). The database is the real one.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
class Redirect extends Error {
  constructor(readonly url: string) {
    super(`redirect ${url}`);
  }
}
vi.mock("@/lib/auth/web-actor", () => ({ getWebActor: async () => session.actor }));
vi.mock("@/lib/i18n/current-locale", () => ({ currentLocale: async () => "en" }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "Mozilla/5.0 Chrome/130.0", "x-request-id": "req-coupons" }) }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Redirect(url);
  },
}));

const { createCouponAction, setCouponActiveAction, updateCouponAction } = await import("@/app/center/[slug]/coupons/actions");

/** Runs an action as `actor` and returns where it redirected (path and query). */
async function as(actor: Actor | null, action: () => Promise<never>): Promise<string> {
  session.actor = actor;
  try {
    await action();
  } catch (error) {
    if (error instanceof Redirect) return error.url;
    throw error;
  }
  throw new Error("the action did not redirect");
}

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};

async function setup() {
  const shop = await createShop({ priceAmount: 40_000 });
  const admin = await addStaff(shop.center.id, "ADMIN");
  const instructor = await addStaff(shop.center.id, "INSTRUCTOR");
  const other = await createShop();
  const otherAdmin = await addStaff(other.center.id, "ADMIN");
  return { shop, admin, instructor, other, otherAdmin, slug: shop.center.slug };
}

beforeEach(() => {
  session.actor = null;
});

describe("coupon server actions", () => {
  it("creates from the form (Burmese digits, Myanmar time, kyat) and opens the coupon's page", async () => {
    const { shop, admin, slug } = await setup();
    const url = await as(admin.actor, () =>
      createCouponAction(
        slug,
        form({ code: "new year", kind: "FIXED", value: "၅,၀၀၀", currency: "MMK", courseId: shop.course.id, minPriceAmount: "20000", startsAt: "2026-12-01T09:00", endsAt: "", maxRedemptions: "100", maxPerUser: "" }),
      ),
    );
    const coupon = await db.coupon.findFirstOrThrow({ where: { centerId: shop.center.id } });
    expect(url).toBe(`/center/${slug}/coupons/${coupon.id}?notice=created`);
    expect(coupon).toMatchObject({ code: "NEWYEAR", kind: "FIXED", value: 5_000, scope: "COURSE", courseId: shop.course.id, minPriceAmount: 20_000, startsAt: new Date("2026-12-01T02:30:00Z"), endsAt: null, maxRedemptions: 100, maxPerUser: null });
    expect(await db.activityLog.findFirstOrThrow({ where: { centerId: shop.center.id, action: "coupon.created" } })).toMatchObject({ actorUserId: admin.user.id, requestId: "req-coupons" });
  });

  it("sends validation errors and conflicts back to the form with a reason the page translates", async () => {
    const { admin, slug, shop, other } = await setup();
    const create = (fields: Record<string, string>) => as(admin.actor, () => createCouponAction(slug, form({ kind: "PERCENT", value: "10", ...fields })));
    expect(await create({ code: "ab" })).toBe(`/center/${slug}/coupons/new?error=validation_failed&reason=code`);
    expect(await create({ code: "GOOD", value: "150" })).toBe(`/center/${slug}/coupons/new?error=validation_failed&reason=percent_above_100`);
    expect(await create({ code: "GOOD", value: "ten" })).toBe(`/center/${slug}/coupons/new?error=validation_failed&reason=value`);
    expect(await create({ code: "GOOD", startsAt: "2026-12-02T00:00", endsAt: "2026-12-01T00:00" })).toBe(`/center/${slug}/coupons/new?error=validation_failed&reason=ends_before_starts`);
    expect(await create({ code: "GOOD", endsAt: "tomorrow" })).toBe(`/center/${slug}/coupons/new?error=validation_failed&reason=endsAt`);
    expect(await create({ code: "GOOD", maxPerUser: "0" })).toBe(`/center/${slug}/coupons/new?error=validation_failed&reason=maxPerUser`);
    expect(await create({ code: "GOOD", courseId: other.course.id })).toBe(`/center/${slug}/coupons/new?error=not_found&reason=course_not_found`);
    expect(await db.coupon.count({ where: { centerId: shop.center.id } })).toBe(0);
    expect(await create({ code: "GOOD" })).toMatch(/\?notice=created$/);
    expect(await create({ code: "good" })).toBe(`/center/${slug}/coupons/new?error=conflict&reason=code_taken`);
  });

  it("updates (keeping a used coupon's code and discount) and disables/enables from the coupon's page", async () => {
    const { shop, admin, slug } = await setup();
    const access = await getCenterAccess(admin.actor, shop.center.id);
    const coupon = await createCoupon(access, { code: "PAGE10", kind: "PERCENT", value: 10 });
    const path = `/center/${slug}/coupons/${coupon.id}`;
    await createOrder({ actor: shop.actor, locale: "en", idempotencyKey: null, courseId: shop.course.id, provider: "dinger", couponCode: "PAGE10" });

    // A used coupon's form leaves the code and discount out (a disabled fieldset): the rest is saved.
    expect(await as(admin.actor, () => updateCouponAction(slug, coupon.id, form({ minPriceAmount: "1000", maxRedemptions: "5", maxPerUser: "1", endsAt: "2027-01-01T00:00" })))).toBe(`${path}?notice=updated`);
    expect(await db.coupon.findUniqueOrThrow({ where: { id: coupon.id } })).toMatchObject({ code: "PAGE10", value: 10, minPriceAmount: 1_000, maxRedemptions: 5, maxPerUser: 1, endsAt: new Date("2026-12-31T17:30:00Z") });
    expect(await as(admin.actor, () => updateCouponAction(slug, coupon.id, form({ code: "OTHER", kind: "PERCENT", value: "10", currency: "MMK" })))).toBe(`${path}?error=conflict&reason=coupon_used`);
    expect(await as(admin.actor, () => updateCouponAction(slug, coupon.id, form({ maxRedemptions: "", maxPerUser: "" })))).toBe(`${path}?notice=updated`);
    expect(await db.coupon.findUniqueOrThrow({ where: { id: coupon.id } })).toMatchObject({ maxRedemptions: null, maxPerUser: null, minPriceAmount: null });

    expect(await as(admin.actor, () => setCouponActiveAction(slug, coupon.id, false))).toBe(`${path}?notice=disabled`);
    expect((await db.coupon.findUniqueOrThrow({ where: { id: coupon.id } })).active).toBe(false);
    expect(await as(admin.actor, () => setCouponActiveAction(slug, coupon.id, true))).toBe(`${path}?notice=enabled`);
    expect((await db.coupon.findUniqueOrThrow({ where: { id: coupon.id } })).active).toBe(true);
  });

  it("two tenants: B's admin gets not_found, A's instructor forbidden, a signed-out visitor the login page — for every action", async () => {
    const { shop, admin, instructor, other, otherAdmin, slug } = await setup();
    const coupon = await createCoupon(await getCenterAccess(admin.actor, shop.center.id), { code: "GUARDED", kind: "PERCENT", value: 10 });
    const path = `/center/${slug}/coupons/${coupon.id}`;
    const valid = () => form({ code: "INTRUDER", kind: "PERCENT", value: "50" });

    expect(await as(otherAdmin.actor, () => createCouponAction(slug, valid()))).toBe(`/center/${slug}/coupons/new?error=not_found`);
    expect(await as(otherAdmin.actor, () => updateCouponAction(slug, coupon.id, form({ maxRedemptions: "1" })))).toBe(`${path}?error=not_found`);
    expect(await as(otherAdmin.actor, () => setCouponActiveAction(slug, coupon.id, false))).toBe(`${path}?error=not_found`);
    // Through their own center, A's coupon id is just as unknown.
    const otherPath = `/center/${other.center.slug}/coupons/${coupon.id}`;
    expect(await as(otherAdmin.actor, () => updateCouponAction(other.center.slug, coupon.id, form({ maxRedemptions: "1" })))).toBe(`${otherPath}?error=not_found`);
    expect(await as(otherAdmin.actor, () => setCouponActiveAction(other.center.slug, coupon.id, false))).toBe(`${otherPath}?error=not_found`);

    expect(await as(instructor.actor, () => createCouponAction(slug, valid()))).toBe(`/center/${slug}/coupons/new?error=forbidden`);
    expect(await as(instructor.actor, () => updateCouponAction(slug, coupon.id, form({ maxRedemptions: "1" })))).toBe(`${path}?error=forbidden`);
    expect(await as(instructor.actor, () => setCouponActiveAction(slug, coupon.id, false))).toBe(`${path}?error=forbidden`);

    expect(await as(null, () => createCouponAction(slug, valid()))).toBe(`/login?next=${encodeURIComponent(`/center/${slug}/coupons/new`)}`);
    expect(await as(null, () => setCouponActiveAction(slug, coupon.id, false))).toBe(`/login?next=${encodeURIComponent(path)}`);

    expect(await db.coupon.findUniqueOrThrow({ where: { id: coupon.id } })).toMatchObject({ active: true, maxRedemptions: null });
    expect(await db.coupon.count({ where: { code: "INTRUDER" } })).toBe(0);
  });
});
