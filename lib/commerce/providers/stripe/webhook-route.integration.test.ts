import { randomBytes } from "node:crypto";
import Stripe from "stripe";
import { beforeAll, describe, expect, it } from "vitest";
import { eventPayload, sessionEvent } from "@/lib/commerce/providers/stripe/sandbox-events";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { callRoute } from "@/lib/testing/call-route";
import { createCenter } from "@/lib/testing/factories";
import { createCourseIn } from "@/lib/testing/live-class-factories";
import { POST } from "@/app/api/webhooks/stripe/route";

let order: { id: string; reference: string };
let body: string;

beforeAll(async () => {
  const course = await createCourseIn((await createCenter()).id);
  order = await db.order.create({
    data: {
      reference: `MMSO_T_${randomBytes(6).toString("hex").toUpperCase()}`,
      centerId: course.centerId,
      courseId: course.id,
      provider: "STRIPE",
      unitAmount: 25_000,
      totalAmount: 25_000,
      currency: "MMK",
      expiresAt: new Date(Date.now() + 30 * 60_000),
    },
    select: { id: true, reference: true },
  });
  const now = Math.floor(Date.now() / 1000);
  body = eventPayload(
    sessionEvent(
      "checkout.session.completed",
      { checkoutId: "cs_test_forged", reference: order.reference, amount: 25_000, currency: "MMK", paymentIntentId: "pi_forged", created: now - 60, expiresAt: now + 1800, returnUrl: "http://localhost/x", state: "paid" },
      { created: now },
    ),
  );
});

const now = () => Math.floor(Date.now() / 1000);
const sign = (payload: string, options: { secret?: string; timestamp?: number; scheme?: string } = {}) =>
  Stripe.webhooks.generateTestHeaderString({ payload, secret: options.secret ?? env().STRIPE_WEBHOOK_SECRET, timestamp: options.timestamp ?? now(), scheme: options.scheme });
const deliver = (payload: string, headers: Record<string, string>) =>
  callRoute(POST, "/api/webhooks/stripe", { method: "POST", body: payload, headers: { "content-type": "application/json", ...headers } });

async function counts() {
  const [events, payments, orders, paid] = await Promise.all([
    db.providerEvent.count(),
    db.payment.count(),
    db.order.count(),
    db.order.count({ where: { status: { not: "PENDING" } } }),
  ]);
  return { events, payments, orders, paid };
}

describe("POST /api/webhooks/stripe", () => {
  it("refuses forged and replayed deliveries with 400 invalid_signature and writes nothing", async () => {
    const before = await counts();
    const forgeries: Array<[string, string, Record<string, string>]> = [
      ["wrong secret", body, { "stripe-signature": sign(body, { secret: "whsec_attacker" }) }],
      ["tampered amount", body.replace('"amount_total": 2500000', '"amount_total": 2500'), { "stripe-signature": sign(body) }],
      ["stale timestamp", body, { "stripe-signature": sign(body, { timestamp: now() - 301 }) }],
      ["no header", body, {}],
      ["v0 only", body, { "stripe-signature": sign(body, { scheme: "v0" }) }],
      ["header of another body", body, { "stripe-signature": sign(body.replace(order.reference, "MMSO_OTHER")) }],
      ["garbage", "hello", { "stripe-signature": "t=1,v1=00" }],
    ];
    for (const [name, payload, headers] of forgeries) {
      const res = await deliver(payload, headers);
      expect(res.status, name).toBe(400);
      expect(res.json, name).toEqual({ error: { code: "invalid_signature", message: "Invalid signature" } });
    }
    expect(await counts()).toEqual(before);
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("PENDING");
  });

  it("answers 413 to a body over the limit, before verifying anything", async () => {
    const before = await counts();
    const huge = JSON.stringify({ pad: "x".repeat(70 * 1024) });
    const res = await deliver(huge, { "stripe-signature": sign(huge) });
    expect(res.status).toBe(413);
    expect(res.json.error.code).toBe("payload_too_large");
    expect(await counts()).toEqual(before);
  });

  it("lets a genuine delivery through to applyVerifiedMessage and acknowledges it, also when repeated", async () => {
    const res = await deliver(body, { "stripe-signature": sign(body) });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ received: true });
    expect(res.headers.get("cache-control")).toBe("no-store");
    const stored = await db.providerEvent.findMany({ where: { source: "STRIPE", type: "checkout.session.completed" } });
    expect(stored).toHaveLength(1);
    const again = await deliver(body, { "stripe-signature": sign(body) });
    expect(again.json).toEqual({ received: true });
    expect(await db.providerEvent.count({ where: { source: "STRIPE" } })).toBe(1);
  });
});
