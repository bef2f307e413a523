import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { callRoute } from "@/lib/testing/call-route";
import { createShop } from "@/lib/testing/commerce-factories";
import { createCoupon, createUser } from "@/lib/testing/factories";
import { bearerFor } from "@/lib/testing/sign-in";
import { POST as validateCoupon } from "@/app/api/v1/coupons/validate/route";
import { GET as listMyOrders } from "@/app/api/v1/me/orders/route";
import { GET as getOrder } from "@/app/api/v1/orders/[id]/route";
import { POST as createOrder } from "@/app/api/v1/orders/route";

const post = (authorization: string, body: unknown, headers: Record<string, string> = {}) => ({
  method: "POST",
  headers: { authorization, "content-type": "application/json", ...headers },
  body: JSON.stringify(body),
});

describe("the orders API (policy S4, S5, S8)", () => {
  it("creates an order once per Idempotency-Key and answers in the contract's shape", async () => {
    const shop = await createShop({ priceAmount: 30_000 });
    const auth = await bearerFor(shop.buyer.id);
    const key = { "idempotency-key": "0b6c1f0e-4f7a-4c1e-9a55-5b7d1c2e3f40" };
    const first = await callRoute(createOrder, "/api/v1/orders", post(auth, { courseId: shop.course.id, provider: "kbzpay" }, key));
    expect(first.status).toBe(201);
    expect(first.json).toMatchObject({ status: "pending", amount: 30_000, discount: 0, total: 30_000, currency: "MMK", provider: "kbzpay", checkout: { qr: expect.any(String) } });
    expect(first.json.reference).toMatch(/^[A-Za-z0-9_]{1,40}$/);
    expect(first.headers.get("cache-control")).toBe("no-store");
    const again = await callRoute(createOrder, "/api/v1/orders", post(auth, { courseId: shop.course.id, provider: "kbzpay" }, key));
    expect(again.json.id).toBe(first.json.id);
    const reused = await callRoute(createOrder, "/api/v1/orders", post(auth, { courseId: shop.course.id, provider: "stripe" }, key));
    expect(reused.status).toBe(409);
    expect(reused.json.error.code).toBe("idempotency_key_reused");
    expect(await db.order.count({ where: { userId: shop.buyer.id } })).toBe(1);
  });

  it("answers bad input with 4xx in the contract's shape and writes nothing", async () => {
    const shop = await createShop();
    const auth = await bearerFor(shop.buyer.id);
    const before = await db.order.count();
    expect((await callRoute(createOrder, "/api/v1/orders", { method: "POST", body: "{}" })).status).toBe(401);
    const invalid = await callRoute(createOrder, "/api/v1/orders", post(auth, { courseId: "nope", provider: "paypal" }));
    expect(invalid.status).toBe(422);
    expect(invalid.json.error.details.map((d: { path: string }) => d.path).sort()).toEqual(["body.courseId", "body.provider"]);
    const badKey = await callRoute(createOrder, "/api/v1/orders", post(auth, { courseId: shop.course.id, provider: "stripe" }, { "idempotency-key": "short" }));
    expect(badKey.status).toBe(422);
    expect(badKey.json.error.details[0].path).toBe("headers.idempotency-key");
    const broken = await callRoute(createOrder, "/api/v1/orders", { method: "POST", headers: { authorization: auth, "content-type": "application/json" }, body: "{oops" });
    expect(broken.status).toBe(400);
    const coupon = await callRoute(createOrder, "/api/v1/orders", post(auth, { courseId: shop.course.id, provider: "stripe", couponCode: "NOSUCH" }));
    expect(coupon.status).toBe(422);
    expect(coupon.json.error.code).toBe("coupon_invalid");
    expect(await db.order.count()).toBe(before);
  });

  it("shows a student only their own orders (another's is 404)", async () => {
    const shop = await createShop();
    const other = await createUser();
    const [asBuyer, asOther] = await Promise.all([bearerFor(shop.buyer.id), bearerFor(other.id)]);
    const order = await callRoute(createOrder, "/api/v1/orders", post(asBuyer, { courseId: shop.course.id, provider: "dinger" }));
    const mine = await callRoute(getOrder, `/api/v1/orders/${order.json.id}`, { headers: { authorization: asBuyer }, params: { id: order.json.id } });
    expect(mine.status).toBe(200);
    expect(mine.json.reference).toBe(order.json.reference);
    const theirs = await callRoute(getOrder, `/api/v1/orders/${order.json.id}`, { headers: { authorization: asOther }, params: { id: order.json.id } });
    expect(theirs.status).toBe(404);
    expect(theirs.json.error.code).toBe("not_found");
    expect((await callRoute(listMyOrders, "/api/v1/me/orders", { headers: { authorization: asOther } })).json.items).toEqual([]);
    const list = await callRoute(listMyOrders, "/api/v1/me/orders", { headers: { authorization: asBuyer } });
    expect(list.json.items.map((o: { id: string }) => o.id)).toEqual([order.json.id]);
  });

  it("validates a coupon for the caller", async () => {
    const shop = await createShop({ priceAmount: 20_000 });
    const coupon = await createCoupon({ centerId: shop.center.id, kind: "PERCENT", value: 25 });
    const auth = await bearerFor(shop.buyer.id);
    const ok = await callRoute(validateCoupon, "/api/v1/coupons/validate", post(auth, { courseId: shop.course.id, code: coupon.code.toLowerCase() }));
    expect(ok.status).toBe(200);
    expect(ok.json).toEqual({ code: coupon.code, amount: 20_000, discount: 5_000, total: 15_000, currency: "MMK" });
    const bad = await callRoute(validateCoupon, "/api/v1/coupons/validate", post(auth, { courseId: shop.course.id, code: "WRONG" }));
    expect(bad.status).toBe(422);
  });
});
