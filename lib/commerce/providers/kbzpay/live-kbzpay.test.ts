import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { CheckoutOrder } from "../types";
import { liveKbzpay } from "./live-kbzpay";
import { kbzSign, verifyKbzSign } from "./sign";

const credentials = { appId: "kp-live-app", merchCode: "700123", appKey: "live-app-key-0123456789" };
type Seen = { url: string; body: string };

let server: Server;
let base: string;
let seen: Seen[] = [];
/** The next answer's fields (signed with `signKey` unless `rawBody` is given). */
let reply: { fields?: Record<string, string>; signKey?: string; rawBody?: string; status?: number } = {};

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      seen.push({ url: req.url ?? "", body: Buffer.concat(chunks).toString("utf8") });
      const fields = { ...reply.fields, nonce_str: "SERVERNONCE", sign_type: "SHA256" };
      const body = reply.rawBody ?? JSON.stringify({ Response: { ...fields, sign: kbzSign(fields, reply.signKey ?? credentials.appKey) } });
      res.writeHead(reply.status ?? 200, { "content-type": "application/json" });
      res.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/payment/gateway`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  seen = [];
  reply = {};
});

const order: CheckoutOrder = {
  id: "0195f0a0-0000-7000-8000-000000000001",
  reference: "MMSO_LIVE_1",
  totalAmount: 15000,
  currency: "MMK",
  itemName: "Python & Data = Fun",
  customerName: "MMSO student",
  expiresAt: new Date(Date.now() + 30 * 60_000 + 30_000),
  returnUrl: "http://localhost:3000/orders/1",
};

const adapter = () => liveKbzpay(credentials, { gatewayUrl: base, timeoutMs: 2000, notifyUrl: "https://mmso.example/api/webhooks/kbzpay" });
const precreateOk = { result: "SUCCESS", code: "0", msg: "success", merch_order_id: "MMSO_LIVE_1", prepay_id: "KBZ00abc", qrCode: "00020101021226…6304ABCD" };

describe("live KBZPay", () => {
  it("precreates a signed PAY_BY_QRCODE order and returns the prepay_id and the QR text", async () => {
    reply = { fields: precreateOk };
    await expect(adapter().createCheckout(order)).resolves.toEqual({ providerCheckoutId: "KBZ00abc", url: null, qr: precreateOk.qrCode });
    expect(seen).toHaveLength(1);
    expect(seen[0]!.url).toBe("/payment/gateway/precreate");
    const { Request: request } = JSON.parse(seen[0]!.body) as { Request: Record<string, unknown> };
    expect(request).toMatchObject({
      notify_url: "https://mmso.example/api/webhooks/kbzpay",
      method: "kbz.payment.precreate",
      sign_type: "SHA256",
      version: "1.0",
      biz_content: {
        appid: "kp-live-app",
        merch_code: "700123",
        merch_order_id: "MMSO_LIVE_1",
        trade_type: "PAY_BY_QRCODE",
        total_amount: "15000",
        trans_currency: "MMK",
        title: "Python Data Fun",
        timeout_express: "30m",
      },
    });
    expect(request.timestamp).toMatch(/^\d{10}$/);
    expect(request.nonce_str).toMatch(/^[A-Za-z0-9]{1,32}$/);
    // KBZPay's check of our signature, and the key never travels.
    expect(verifyKbzSign(request, credentials.appKey)).toBe(true);
    expect(seen[0]!.body).not.toContain(credentials.appKey);
    // Policy S3: nothing about the buyer.
    expect(seen[0]!.body).not.toContain("MMSO student");
  });

  it("refuses an answer whose signature does not verify, a FAIL result, an HTTP error and garbage (provider_error)", async () => {
    for (const bad of [
      { fields: precreateOk, signKey: "someone-else" },
      { fields: { ...precreateOk, result: "FAIL", code: "AUTH_ERROR" } },
      { fields: precreateOk, status: 502 },
      { rawBody: "<html>gateway timeout</html>" },
      { fields: { ...precreateOk, merch_order_id: "ANOTHER_ORDER" } },
    ]) {
      reply = bad;
      await expect(adapter().createCheckout(order)).rejects.toMatchObject({ name: "AppError", code: "provider_error" });
    }
  });

  it("offers MMK only", async () => {
    await expect(adapter().createCheckout({ ...order, currency: "USD" })).rejects.toMatchObject({ code: "provider_not_available" });
    expect(seen).toHaveLength(0);
  });

  it("queries an order (queryorder 3.0) and reads the signed answer, amounts as written", async () => {
    const fields = { result: "SUCCESS", code: "0", msg: "success", merch_order_id: "MMSO_LIVE_1", trade_status: "PAY_SUCCESS", total_amount: "15000.00", trans_currency: "MMK", mm_order_id: "01001411601561104417178", pay_success_time: "1772337600" };
    const signed = { ...fields, nonce_str: "N", sign_type: "SHA256" };
    // The amount arrives as a bare number with two decimals; its text is what was signed.
    reply = { rawBody: JSON.stringify({ Response: { ...signed, sign: kbzSign(signed, credentials.appKey) } }).replace('"total_amount":"15000.00"', '"total_amount":15000.00') };
    const result = await adapter().queryPayment("MMSO_LIVE_1", null);
    expect(result).toMatchObject({
      provider: "KBZPAY",
      eventId: "01001411601561104417178:PAY_SUCCESS:query",
      eventType: "kbzpay.PAY_SUCCESS",
      reference: "MMSO_LIVE_1",
      outcome: "SUCCEEDED",
      transactionId: "01001411601561104417178",
      amount: 15000,
      currency: "MMK",
      occurredAt: new Date(1772337600 * 1000),
    });
    const { Request: request } = JSON.parse(seen[0]!.body) as { Request: Record<string, unknown> };
    expect(seen[0]!.url).toBe("/payment/gateway/queryorder");
    expect(request).toMatchObject({ method: "kbz.payment.queryorder", version: "3.0", biz_content: { appid: "kp-live-app", merch_code: "700123", merch_order_id: "MMSO_LIVE_1" } });
    expect(request.notify_url).toBeUndefined();
    expect(verifyKbzSign(request, credentials.appKey)).toBe(true);
  });

  it("answers null for an order KBZPay does not know, and refuses an answer about another order", async () => {
    reply = { fields: { result: "SUCCESS", code: "0", trade_status: "ORDER_NOT_FOUND", merch_order_id: "MMSO_LIVE_1" } };
    await expect(adapter().queryPayment("MMSO_LIVE_1", null)).resolves.toBeNull();
    reply = { fields: { result: "SUCCESS", code: "0", trade_status: "PAY_SUCCESS", merch_order_id: "OTHER", total_amount: "15000" } };
    await expect(adapter().queryPayment("MMSO_LIVE_1", null)).rejects.toMatchObject({ code: "provider_error" });
  });

  it("gives up on an unreachable gateway", async () => {
    const dead = liveKbzpay(credentials, { gatewayUrl: "http://127.0.0.1:1/payment/gateway", timeoutMs: 500, notifyUrl: "https://x/y" });
    await expect(dead.queryPayment("MMSO_LIVE_1", null)).rejects.toMatchObject({ code: "provider_error" });
  });
});
