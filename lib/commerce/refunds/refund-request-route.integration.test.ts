import { describe, expect, it } from "vitest";
import { applyVerifiedMessage } from "@/lib/commerce/apply-verified-message";
import { createOrder } from "@/lib/commerce/orders/create-order";
import { db } from "@/lib/db";
import { callRoute } from "@/lib/testing/call-route";
import { createShop, paymentMessage } from "@/lib/testing/commerce-factories";
import { createUser, unique } from "@/lib/testing/factories";
import { bearerFor } from "@/lib/testing/sign-in";
import { POST } from "@/app/api/v1/orders/[id]/refund-request/route";

const ask = (id: string, body: unknown, authorization?: string) =>
  callRoute(POST, `/api/v1/orders/${id}/refund-request`, {
    method: "POST",
    params: { id },
    headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
    body: JSON.stringify(body),
  });

async function paidKbzOrder() {
  const shop = await createShop({ priceAmount: 18_000 });
  const order = await createOrder({ actor: shop.actor, locale: "en", idempotencyKey: null, courseId: shop.course.id, provider: "kbzpay" });
  expect((await applyVerifiedMessage(paymentMessage({ reference: order.reference, total: order.total }, { transactionId: unique("txn") }))).status).toBe("applied");
  return { shop, order, auth: await bearerFor(shop.buyer.id) };
}

describe("POST /api/v1/orders/{id}/refund-request", () => {
  it("opens a request on the caller's own paid order once; a second is 409", async () => {
    const { order, auth } = await paidKbzOrder();
    const first = await ask(order.id, { reason: "  Wrong level for me  " }, auth);
    expect(first.status).toBe(201);
    expect(first.json).toEqual({ refundId: expect.any(String), status: "requested", entitled: true });
    expect(first.headers.get("cache-control")).toBe("no-store");
    expect(await db.refund.findUniqueOrThrow({ where: { id: first.json.refundId } })).toMatchObject({ status: "REQUESTED", amount: 18_000, reason: "Wrong level for me" });
    const again = await ask(order.id, { reason: "Again" }, auth);
    expect(again.status).toBe(409);
    expect(again.json.error).toMatchObject({ code: "conflict" });
  });

  it("answers 404 for another student's order and writes nothing; 401 without a token; 422 with field paths", async () => {
    const { order } = await paidKbzOrder();
    const otherAuth = await bearerFor((await createUser()).id);
    const foreign = await ask(order.id, { reason: "Not mine" }, otherAuth);
    expect(foreign.status).toBe(404);
    expect(foreign.json.error).toMatchObject({ code: "not_found" });
    expect(await db.refund.count({ where: { orderId: order.id } })).toBe(0);
    expect((await ask(order.id, { reason: "x" })).status).toBe(401);
    const invalid = await ask(order.id, { reason: "" }, otherAuth);
    expect(invalid.status).toBe(422);
    expect(invalid.json.error.details).toEqual([expect.objectContaining({ path: "body.reason" })]);
    expect((await ask("not-a-uuid", { reason: "x" }, otherAuth)).json.error.details).toEqual([expect.objectContaining({ path: "params.id" })]);
  });
});
