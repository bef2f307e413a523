import { createHash } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { createOrder } from "@/lib/commerce/orders/create-order";
import { buildNotifyCallback, type NotifyCallbackInput } from "@/lib/commerce/providers/kbzpay/notify-callback";
import { newMmOrderId, sandboxNotifyCallback } from "@/lib/commerce/providers/kbzpay/sandbox-gateway";
import { findSandboxPaymentByReference, settleSandboxPayment } from "@/lib/commerce/sandbox/sandbox-payments";
import { callRoute } from "@/lib/testing/call-route";
import { createShop } from "@/lib/testing/commerce-factories";
import { POST } from "@/app/api/webhooks/kbzpay/route";

// This file tests the webhook's side of flow 3 (verify, confirm, reply); what applying a message
// does to orders is tested with applyVerifiedMessage itself. The mock records what reaches it.
const apply = vi.hoisted(() => vi.fn());
vi.mock("@/lib/commerce/apply-verified-message", () => ({ applyVerifiedMessage: apply }));

const credentials = () => ({ appId: env().KBZPAY_APP_ID, merchCode: env().KBZPAY_MERCHANT_CODE, appKey: env().KBZPAY_APP_KEY });
const deliver = (body: string, headers: Record<string, string> = { "content-type": "application/json" }) =>
  callRoute(POST, "/api/webhooks/kbzpay", { method: "POST", body, headers });

let order: Awaited<ReturnType<typeof createOrder>>;

beforeAll(async () => {
  const shop = await createShop({ priceAmount: 30_000 });
  order = await createOrder({ actor: shop.actor, locale: "my", idempotencyKey: null, courseId: shop.course.id, provider: "kbzpay" });
});

beforeEach(() => {
  apply.mockReset();
  apply.mockResolvedValue({ status: "applied", orderId: order.id });
});

const callbackInput = (overrides: Partial<NotifyCallbackInput> = {}): NotifyCallbackInput => ({
  ...credentials(),
  reference: order.reference,
  mmOrderId: newMmOrderId("app", new Date()),
  amount: 30_000,
  currency: "MMK",
  tradeStatus: "PAY_SUCCESS",
  transEndTime: new Date(),
  ...overrides,
});

const rows = async () => ({
  events: await db.providerEvent.count(),
  payments: await db.payment.count(),
  orders: await db.order.count(),
  orderStatus: (await db.order.findUniqueOrThrow({ where: { id: order.id } })).status,
  enrollments: await db.enrollment.count(),
});

describe("POST /api/webhooks/kbzpay", () => {
  it("refuses forged and tampered callbacks with 400 and writes nothing", async () => {
    const genuine = buildNotifyCallback(callbackInput()).body;
    const inner = JSON.parse(genuine) as { Request: Record<string, string> };
    const resigned = (fields: Record<string, string>) => {
      const rest = Object.fromEntries(Object.entries(fields).filter(([k, v]) => k !== "sign" && k !== "sign_type" && v !== ""));
      const string = Object.keys(rest)
        .sort()
        .map((k) => `${k}=${rest[k]}`)
        .join("&");
      return JSON.stringify({ Request: { ...fields, sign: createHash("sha256").update(`${string}&key=${env().KBZPAY_APP_KEY}`).digest("hex").toUpperCase() } });
    };
    const forgeries = [
      buildNotifyCallback({ ...callbackInput(), appKey: "guessed-app-key" }).body,
      genuine.replace('"total_amount":30000.00', '"total_amount":3.00'),
      genuine.replace('"trade_status":"PAY_SUCCESS"', '"trade_status":"PAY_FAILED"'),
      genuine.replace('"total_amount":30000.00', '"total_amount":30000.0'),
      JSON.stringify(JSON.parse(genuine)).replace('"total_amount":30000', '"total_amount":"30000.000"'),
      genuine.replace(/"sign":"([0-9A-F]+)"/, (_m, s: string) => `"sign":"${s.toLowerCase()}"`),
      genuine.replace(/,"sign":"[0-9A-F]+"/, ""),
      genuine.replace('"sign_type":"SHA256"', '"sign_type":"NONE"'),
      genuine.replace('{"Request":{', '{"Request":{"extra_field":"1",'),
      resigned({ ...inner.Request, appid: "another-merchant-app" }),
      resigned({ ...inner.Request, merch_code: "999999" }),
      "success",
      "",
      "[]",
      `${genuine.slice(0, -2)},"trade_status":"PAY_SUCCESS"}}`,
    ];
    const before = await rows();
    for (const body of forgeries) {
      const res = await deliver(body);
      expect(res.status, body).toBe(400);
      expect(res.json).toEqual({ error: { code: "bad_request", message: "Callback not verified" } });
    }
    expect(apply).not.toHaveBeenCalled();
    expect(await rows()).toEqual(before);
    expect(before.orderStatus).toBe("PENDING");
  });

  it("answers 413 to a body over the limit, before reading it", async () => {
    const res = await deliver("x".repeat(70_000));
    expect(res.status).toBe(413);
    expect(apply).not.toHaveBeenCalled();
  });

  it("believes a PAY_SUCCESS only when the status query agrees (503 until then, nothing written)", async () => {
    const before = await rows();
    const res = await deliver(buildNotifyCallback(callbackInput()).body);
    expect(res.status).toBe(503);
    expect(apply).not.toHaveBeenCalled();
    expect(await rows()).toEqual(before);
  });

  it("passes a verified, confirmed payment to applyVerifiedMessage and answers the plain text success", async () => {
    const sandbox = await findSandboxPaymentByReference("KBZPAY", order.reference);
    const paid = await settleSandboxPayment(sandbox!.id, "PAID", newMmOrderId("mmqr", new Date("2026-03-01T04:00:00Z")));
    const res = await deliver(sandboxNotifyCallback(paid, credentials()).body);
    expect(res.status).toBe(200);
    expect(res.text).toBe("success");
    expect(res.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(apply).toHaveBeenCalledTimes(1);
    const message = apply.mock.calls[0]![0] as { kind: string; result: Record<string, unknown> };
    expect(message).toMatchObject({
      kind: "payment",
      result: {
        provider: "KBZPAY",
        eventId: `${paid.transactionId}:PAY_SUCCESS`,
        eventType: "kbzpay.PAY_SUCCESS",
        reference: order.reference,
        outcome: "SUCCEEDED",
        transactionId: paid.transactionId,
        amount: 30_000,
        currency: "MMK",
        method: "MMQR",
        occurredAt: new Date("2026-03-01T04:00:00Z"),
      },
    });
    expect(JSON.stringify(message.result.record)).not.toMatch(/callback_info|title|nonce|sign/);

    // Every handled outcome is acknowledged; a thrown error asks KBZPay to retry.
    for (const status of ["duplicate", "ignored", "rejected"]) {
      apply.mockResolvedValueOnce({ status, orderId: order.id });
      expect((await deliver(sandboxNotifyCallback(paid, credentials()).body)).text).toBe("success");
    }
    apply.mockRejectedValueOnce(new Error("database restarting"));
    const failed = await deliver(sandboxNotifyCallback(paid, credentials()).body);
    expect(failed.status).toBe(500);
    expect(failed.json).toEqual({ error: { code: "internal", message: "Try again" } });
  });

  it("maps the other trade statuses without a status query", async () => {
    const expected = { WAIT_PAY: "PENDING", PAYING: "PENDING", PAY_FAILED: "FAILED", ORDER_CLOSED: "CANCELLED", ORDER_EXPIRED: "EXPIRED" } as const;
    for (const [tradeStatus, outcome] of Object.entries(expected)) {
      const mmOrderId = newMmOrderId("app", new Date());
      const res = await deliver(buildNotifyCallback(callbackInput({ tradeStatus: tradeStatus as keyof typeof expected, mmOrderId })).body);
      expect(res.text, tradeStatus).toBe("success");
      expect(apply).toHaveBeenLastCalledWith({ kind: "payment", result: expect.objectContaining({ outcome, eventId: `${mmOrderId}:${tradeStatus}` }) });
    }
  });
});
