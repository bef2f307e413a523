import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { parseMmqr } from "@/lib/commerce/mmqr/validate-mmqr";
import { newOrderReference } from "@/lib/commerce/orders/reference";
import { settleSandboxPayment } from "@/lib/commerce/sandbox/sandbox-payments";
import type { CheckoutOrder } from "../types";

// The sandbox posts its callbacks over HTTP to APP_URL: a local server that hands them to the
// webhook route in-process. applyVerifiedMessage is recorded, not run (flow 3's own tests run it).
const apply = vi.hoisted(() => vi.fn());
vi.mock("@/lib/commerce/apply-verified-message", () => ({ applyVerifiedMessage: apply }));

let server: Server;
let previousAppUrl: string | undefined;
const received: string[] = [];

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      void (async () => {
        const body = Buffer.concat(chunks).toString("utf8");
        received.push(body);
        const { POST } = await import("@/app/api/webhooks/kbzpay/route");
        const reply = await POST(new Request(`http://localhost${req.url}`, { method: "POST", body, headers: { "content-type": String(req.headers["content-type"]) } }));
        res.writeHead(reply.status, { "content-type": reply.headers.get("content-type") ?? "text/plain" });
        res.end(await reply.text());
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  // Set before anything reads the environment (it is parsed once per test file).
  previousAppUrl = process.env.APP_URL;
  process.env.APP_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  if (previousAppUrl === undefined) delete process.env.APP_URL;
  else process.env.APP_URL = previousAppUrl;
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  apply.mockReset();
  apply.mockResolvedValue({ status: "applied", orderId: null });
  received.length = 0;
});

const checkoutOrder = (overrides: Partial<CheckoutOrder> = {}): CheckoutOrder => ({
  id: "0195f0a0-0000-7000-8000-000000000002",
  reference: newOrderReference(),
  totalAmount: 45_000,
  currency: "MMK",
  itemName: "ဗေဒင် Python for beginners",
  customerName: "MMSO student",
  expiresAt: new Date(Date.now() + 60 * 60_000),
  returnUrl: `${process.env.APP_URL}/orders/0195f0a0`,
  ...overrides,
});

async function open(overrides: Partial<CheckoutOrder> = {}) {
  const { kbzpayProvider } = await import("./kbzpay-provider");
  const order = checkoutOrder(overrides);
  return { order, checkout: await kbzpayProvider().createCheckout(order) };
}

describe("KBZPay sandbox", () => {
  it("createCheckout records a SandboxPayment and returns a valid MMQR with the amount and reference", async () => {
    const { order, checkout } = await open();
    expect(checkout.providerCheckoutId).toMatch(/^KBZ[0-9a-f]{40}$/);
    expect(checkout.url).toBe(`${process.env.APP_URL}/sandbox/kbzpay/${checkout.providerCheckoutId}`);
    const check = parseMmqr(checkout.qr!);
    expect(check).toMatchObject({ ok: true, mmqr: { dynamic: true, amount: "45000", billNumber: order.reference, currency: "104", country: "MM", mcc: "8299" } });

    const row = await db.sandboxPayment.findUniqueOrThrow({ where: { provider_checkoutId: { provider: "KBZPAY", checkoutId: checkout.providerCheckoutId } } });
    expect(row).toMatchObject({ merchantReference: order.reference, amount: 45_000, currency: "MMK", status: "PENDING", callbackUrl: `${process.env.APP_URL}/api/webhooks/kbzpay` });
    const request = row.request as { Request: Record<string, unknown>; returnUrl: string };
    expect(request.returnUrl).toBe(order.returnUrl);
    expect(request.Request).toMatchObject({ method: "kbz.payment.precreate", notify_url: `${process.env.APP_URL}/api/webhooks/kbzpay`, biz_content: { merch_order_id: order.reference, total_amount: "45000", trade_type: "PAY_BY_QRCODE" } });
    // Nothing personal is kept with the sandbox's record (policy S3).
    expect(JSON.stringify(row.request)).not.toContain("MMSO student");
  });

  it("refuses a currency other than MMK", async () => {
    const { kbzpayProvider } = await import("./kbzpay-provider");
    await expect(kbzpayProvider().createCheckout(checkoutOrder({ currency: "USD" }))).rejects.toMatchObject({ code: "provider_not_available" });
  });

  it("queryPayment answers from the sandbox record as queryorder would", async () => {
    const { kbzpayProvider } = await import("./kbzpay-provider");
    const { order, checkout } = await open();
    await expect(kbzpayProvider().queryPayment(order.reference, checkout.providerCheckoutId)).resolves.toMatchObject({ outcome: "PENDING", transactionId: null, amount: 45_000 });
    const row = await db.sandboxPayment.findFirstOrThrow({ where: { merchantReference: order.reference } });
    await settleSandboxPayment(row.id, "PAID", "01123456781772337600000");
    await expect(kbzpayProvider().queryPayment(order.reference, null)).resolves.toMatchObject({
      outcome: "SUCCEEDED",
      transactionId: "01123456781772337600000",
      eventId: "01123456781772337600000:PAY_SUCCESS:query",
      occurredAt: new Date(1772337600 * 1000),
    });
    await expect(kbzpayProvider().queryPayment("MMSO_NOBODY_KNOWS", null)).resolves.toBeNull();
  });

  it("the page's actions settle once and deliver KBZPay's callback over HTTP; the webhook answers success", async () => {
    const { actOnKbzSandboxCheckout, getKbzSandboxCheckout } = await import("./sandbox-checkout");
    const { order, checkout } = await open();
    const id = checkout.providerCheckoutId;
    expect(await getKbzSandboxCheckout(id)).toMatchObject({ reference: order.reference, amount: 45_000, status: "PENDING", returnUrl: order.returnUrl, callbackAttempts: 0 });

    const paid = await actOnKbzSandboxCheckout(id, "payMmqr");
    expect(paid).toEqual({ kind: "delivered", delivery: { status: 200, body: "success" } });
    expect(received).toHaveLength(1);
    expect(received[0]).toContain('"mmqr_ref"');
    expect(received[0]).toContain('"Wallet_identifier"');
    expect(apply).toHaveBeenCalledWith({ kind: "payment", result: expect.objectContaining({ reference: order.reference, outcome: "SUCCEEDED", method: "MMQR", amount: 45_000 }) });

    expect(await actOnKbzSandboxCheckout(id, "decline")).toEqual({ kind: "already_settled" });
    const resent = await actOnKbzSandboxCheckout(id, "resend");
    expect(resent).toEqual({ kind: "delivered", delivery: { status: 200, body: "success" } });
    const [first, second] = apply.mock.calls.map((call) => (call[0] as { result: { eventId: string } }).result.eventId);
    expect(second).toBe(first);

    const view = await getKbzSandboxCheckout(id);
    expect(view).toMatchObject({ status: "PAID", callbackAttempts: 2, lastCallbackStatus: 200, transactionId: expect.stringMatching(/^02\d{21}$/) });
    expect(parseMmqr(view!.qr).ok).toBe(true);
    expect(await actOnKbzSandboxCheckout("KBZ-unknown", "pay")).toEqual({ kind: "not_found" });
  });

  it("declines, cancels and expires with the matching trade_status, and never resends a pending payment", async () => {
    const { actOnKbzSandboxCheckout } = await import("./sandbox-checkout");
    for (const [action, outcome] of [
      ["decline", "FAILED"],
      ["cancel", "CANCELLED"],
      ["expire", "EXPIRED"],
    ] as const) {
      const { checkout } = await open();
      expect(await actOnKbzSandboxCheckout(checkout.providerCheckoutId, "resend")).toEqual({ kind: "pending" });
      expect(await actOnKbzSandboxCheckout(checkout.providerCheckoutId, action)).toMatchObject({ kind: "delivered", delivery: { status: 200, body: "success" } });
      expect(apply).toHaveBeenLastCalledWith({ kind: "payment", result: expect.objectContaining({ outcome, method: "KBZ Pay" }) });
    }
  });

  it("keeps only our own return URL for the page's link back", async () => {
    const { getKbzSandboxCheckout } = await import("./sandbox-checkout");
    const { checkout } = await open({ returnUrl: "https://evil.example/phish" });
    expect((await getKbzSandboxCheckout(checkout.providerCheckoutId))?.returnUrl).toBeNull();
  });
});
