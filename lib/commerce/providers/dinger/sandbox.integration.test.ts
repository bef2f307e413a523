import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { dingerProvider } from "./dinger-provider";
import { openCheckoutPayload } from "./open-checkout-payload";
import { loadDingerSandboxCheckout, resendDingerSandboxCallback, settleDingerSandboxCheckout } from "./sandbox-gateway";
import { sandboxPrivateKey } from "./sandbox-keys";
import { verifyDingerCallback } from "./verify-callback";

// Stands in for our app at APP_URL, so the sandbox's HTTP callbacks can be caught and inspected.
let server: Server;
const received: { path: string; type: string | undefined; body: string }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      received.push({ path: req.url ?? "", type: req.headers["content-type"], body: Buffer.concat(chunks).toString("utf8") });
      res.writeHead(200, { "content-type": "application/json" }).end('{"status":"applied"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  // Read before the first env() call of this test file (the environment is parsed once per process).
  process.env.APP_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

let sequence = 0;
function order(overrides: Partial<Parameters<ReturnType<typeof dingerProvider>["createCheckout"]>[0]> = {}) {
  sequence += 1;
  return {
    id: `00000000-0000-7000-8000-00000000000${sequence}`,
    reference: `MMSO_DINGER_${Date.now()}_${sequence}`,
    totalAmount: 45000,
    currency: "MMK" as const,
    itemName: "ပိုက်သွန် ပရိုဂရမ်းမင်း အခြေခံမှ အဆင့်မြင့်အထိ", // well over 64 bytes
    customerName: "Ko Aung",
    expiresAt: new Date(Date.now() + 3600_000),
    returnUrl: "http://127.0.0.1/orders/1",
    ...overrides,
  };
}

function requestFrom(url: string) {
  const parsed = new URL(url);
  return {
    checkoutId: decodeURIComponent(parsed.pathname.split("/").pop()!),
    payload: parsed.searchParams.get("payload") ?? "",
    hashValue: parsed.searchParams.get("hashValue") ?? "",
  };
}

describe("the Dinger sandbox", () => {
  it("createCheckout records a SandboxPayment and links to the sandbox page with a payload the sandbox decrypts", async () => {
    const input = order();
    const checkout = await dingerProvider().createCheckout(input);
    expect(checkout.qr).toBeNull();
    expect(checkout.providerCheckoutId).toMatch(new RegExp(`^${input.reference}-[0-9a-f]{12}$`));
    const url = new URL(checkout.url!);
    expect(url.origin).toBe(env().APP_URL);
    expect(url.pathname).toBe(`/sandbox/dinger/${checkout.providerCheckoutId}`);

    const record = await db.sandboxPayment.findUniqueOrThrow({ where: { provider_checkoutId: { provider: "DINGER", checkoutId: checkout.providerCheckoutId } } });
    expect(record).toMatchObject({ merchantReference: input.reference, amount: 45000, currency: "MMK", status: "PENDING", callbackUrl: `${env().APP_URL}/api/webhooks/dinger` });
    expect(record.request).toMatchObject({ merchantOrderId: input.reference, totalAmount: 45000, returnUrl: input.returnUrl });
    // No personal data or merchant credentials in the sandbox's record.
    expect(JSON.stringify(record.request)).not.toMatch(/Ko Aung|merchantKey|clientId|demo-dinger/);

    const opened = openCheckoutPayload(requestFrom(checkout.url!), { privateKey: sandboxPrivateKey(), secretKey: env().DINGER_SECRET_KEY });
    expect(opened).toMatchObject({ ok: true, fields: { merchantOrderId: input.reference, totalAmount: 45000, customerName: "Ko Aung" }, items: [{ name: input.itemName, amount: 45000, quantity: 1 }] });

    expect(await loadDingerSandboxCheckout(requestFrom(checkout.url!))).toMatchObject({ kind: "ready", reference: input.reference, payment: { status: "PENDING" }, returnUrl: input.returnUrl });
  });

  it("shows an error instead of the form when the payload or hashValue is wrong, or belongs to another payment", async () => {
    const first = requestFrom((await dingerProvider().createCheckout(order())).url!);
    const second = requestFrom((await dingerProvider().createCheckout(order({ totalAmount: 50000 }))).url!);
    expect(await loadDingerSandboxCheckout({ ...first, hashValue: second.hashValue })).toEqual({ kind: "invalid", reason: "bad_hash" });
    expect(await loadDingerSandboxCheckout({ ...first, payload: first.payload.slice(4) })).toEqual({ kind: "invalid", reason: "undecryptable" });
    expect(await loadDingerSandboxCheckout({ ...first, payload: second.payload, hashValue: second.hashValue })).toEqual({ kind: "invalid", reason: "not_this_payment" });
    expect(await loadDingerSandboxCheckout({ ...first, checkoutId: "nope" })).toEqual({ kind: "missing" });
  });

  it("pays once, POSTs Dinger's encrypted callback to our webhook, and resends the same bytes", async () => {
    const input = order();
    const request = requestFrom((await dingerProvider().createCheckout(input)).url!);
    received.length = 0;

    const result = await settleDingerSandboxCheckout({ ...request, decision: "pay", method: "wavepay" });
    expect(result).toEqual({ kind: "delivered", delivery: { status: 200, body: '{"status":"applied"}' } });
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ path: "/api/webhooks/dinger", type: "application/json" });
    const verdict = verifyDingerCallback(received[0]!.body, env().DINGER_CALLBACK_KEY);
    if (!verdict.ok || verdict.message.kind !== "payment") throw new Error("the sandbox's callback does not verify");
    const record = await db.sandboxPayment.findUniqueOrThrow({ where: { provider_checkoutId: { provider: "DINGER", checkoutId: request.checkoutId } } });
    expect(record).toMatchObject({ status: "PAID", callbackAttempts: 1, lastCallbackStatus: 200 });
    expect(record.transactionId).toMatch(/^TRX\d{20}$/);
    expect(verdict.message.result).toMatchObject({
      eventId: `${record.transactionId}:SUCCESS`,
      reference: input.reference,
      outcome: "SUCCEEDED",
      amount: 45000,
      method: "Wave Pay",
      transactionId: record.transactionId,
    });
    expect(JSON.stringify(record.request)).not.toContain("Ko Aung");

    expect(await settleDingerSandboxCheckout({ ...request, decision: "decline", method: "mpu" })).toEqual({ kind: "already_settled" });
    expect(await resendDingerSandboxCallback(request)).toMatchObject({ kind: "delivered", delivery: { status: 200 } });
    expect(received).toHaveLength(2);
    expect(received[1]!.body).toBe(received[0]!.body);
    expect(await loadDingerSandboxCheckout(request)).toMatchObject({ kind: "ready", payment: { status: "PAID", callbackAttempts: 2, lastCallbackStatus: 200 } });
  });

  it("declines, cancels and expires with Dinger's statuses; nothing to resend before the tester acts", async () => {
    const pending = requestFrom((await dingerProvider().createCheckout(order())).url!);
    expect(await resendDingerSandboxCallback(pending)).toEqual({ kind: "not_settled" });
    const outcomes: Record<string, string> = {};
    for (const decision of ["decline", "cancel", "expire"] as const) {
      const request = requestFrom((await dingerProvider().createCheckout(order())).url!);
      received.length = 0;
      await settleDingerSandboxCheckout({ ...request, decision, method: "kbzpay" });
      const verdict = verifyDingerCallback(received[0]!.body, env().DINGER_CALLBACK_KEY);
      outcomes[decision] = verdict.ok && verdict.message.kind === "payment" ? `${verdict.message.result.eventType}/${verdict.message.result.outcome}` : "refused";
    }
    expect(outcomes).toEqual({ decline: "dinger.DECLINED/FAILED", cancel: "dinger.CANCELLED/CANCELLED", expire: "dinger.TIMEOUT/EXPIRED" });
  });
});
