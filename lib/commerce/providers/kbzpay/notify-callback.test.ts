import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { buildNotifyCallback, readNotifyCallback, type NotifyCallbackInput } from "./notify-callback";
import { kbzPaymentResult, notifyPaymentFields } from "./payment-result";

const KEY = "demo-kbzpay-app-key";
const input: NotifyCallbackInput = {
  appId: "demo-kbzpay-app",
  merchCode: "200001",
  appKey: KEY,
  reference: "MMSO_ORDER_1",
  mmOrderId: "01123456781561104417178",
  amount: 15000,
  currency: "MMK",
  tradeStatus: "PAY_SUCCESS",
  transEndTime: new Date("2026-03-01T04:00:00Z"),
  notifyTime: new Date("2026-03-01T04:00:02Z"),
  nonce: "ABCDEF0123456789ABCDEF0123456789",
  callbackInfo: "title%3DPython%20basics",
};

/** A hand-built flat callback, signed here from a hand-written string. */
function handSigned(amountLiteral: string, amountText: string) {
  const string =
    `Wallet_identifier=AYAPAY&appid=demo-kbzpay-app&merch_code=200001&merch_order_id=MMSO_ORDER_1&mm_order_id=0199&mmqr_ref=77` +
    `&nonce_str=N1&notify_time=1772337602&total_amount=${amountText}&trade_status=PAY_SUCCESS&trans_currency=MMK&trans_end_time=1772337600`;
  const sign = createHash("sha256").update(`${string}&key=${KEY}`).digest("hex").toUpperCase();
  return (
    `{"notify_time":"1772337602","merch_code":"200001","merch_order_id":"MMSO_ORDER_1","mm_order_id":"0199","trans_end_time":"1772337600",` +
    `"trade_status":"PAY_SUCCESS","total_amount":${amountLiteral},"trans_currency":"MMK","appid":"demo-kbzpay-app","callback_info":"",` +
    `"nonce_str":"N1","sign_type":"SHA256","mmqr_ref":"77","Wallet_identifier":"AYAPAY","sign":"${sign}"}`
  );
}

describe("KBZPay notify callback", () => {
  it("builds the callback KBZPay sends, wrapped in Request, with the amount as a two-decimal number", () => {
    const { body, headers } = buildNotifyCallback(input);
    expect(headers["content-type"]).toBe("application/json");
    expect(body.startsWith('{"Request":{')).toBe(true);
    expect(body).toContain('"total_amount":15000.00,');
    const request = (JSON.parse(body) as { Request: Record<string, unknown> }).Request;
    expect(Object.keys(request).sort()).toEqual(
      ["appid", "callback_info", "merch_code", "merch_order_id", "mm_order_id", "nonce_str", "notify_time", "sign", "sign_type", "total_amount", "trade_status", "trans_currency", "trans_end_time"].sort(),
    );
    expect(request).toMatchObject({ trans_end_time: "1772337600", notify_time: "1772337602", sign_type: "SHA256" });
  });

  it("verifies what it builds, wrapped or flat, with and without the MMQR fields", () => {
    const plain = buildNotifyCallback(input).body;
    expect(readNotifyCallback(plain, KEY)).toMatchObject({ ok: true, callback: { reference: "MMSO_ORDER_1", totalAmount: "15000.00", mmqrRef: null, walletIdentifier: null } });
    const flat = plain.slice('{"Request":'.length, -1);
    expect(readNotifyCallback(flat, KEY).ok).toBe(true);
    const mmqr = buildNotifyCallback({ ...input, mmqr: { ref: "1234", walletIdentifier: "AYAPAY" } }).body;
    expect(readNotifyCallback(mmqr, KEY)).toMatchObject({ ok: true, callback: { mmqrRef: "1234", walletIdentifier: "AYAPAY" } });
  });

  it("keeps 1000.50 as 1000.50: signed text, whether it arrives as a number or a string", () => {
    expect(readNotifyCallback(handSigned("1000.50", "1000.50"), KEY)).toMatchObject({ ok: true, callback: { totalAmount: "1000.50", walletIdentifier: "AYAPAY" } });
    expect(readNotifyCallback(handSigned('"1000.50"', "1000.50"), KEY).ok).toBe(true);
    // The same message re-serialised by JSON.parse + JSON.stringify no longer verifies.
    const reserialised = JSON.stringify(JSON.parse(handSigned("1000.50", "1000.50")));
    expect(reserialised).toContain('"total_amount":1000.5,');
    expect(readNotifyCallback(reserialised, KEY)).toEqual({ ok: false, reason: "signature" });
  });

  it("names why a callback is refused", () => {
    const body = buildNotifyCallback(input).body;
    expect(readNotifyCallback("not json", KEY)).toEqual({ ok: false, reason: "malformed" });
    expect(readNotifyCallback("[1]", KEY)).toEqual({ ok: false, reason: "malformed" });
    expect(readNotifyCallback('{"Request":"x"}', KEY)).toEqual({ ok: false, reason: "malformed" });
    expect(readNotifyCallback(body.replace('"sign_type":"SHA256"', '"sign_type":"MD5"'), KEY)).toEqual({ ok: false, reason: "sign_type" });
    expect(readNotifyCallback(body, "another-key")).toEqual({ ok: false, reason: "signature" });
    const unknownStatus = buildNotifyCallback({ ...input, tradeStatus: "REFUNDED" as never }).body;
    expect(readNotifyCallback(unknownStatus, KEY)).toEqual({ ok: false, reason: "fields" });
    const badReference = buildNotifyCallback({ ...input, reference: "no spaces allowed" }).body;
    expect(readNotifyCallback(badReference, KEY)).toEqual({ ok: false, reason: "fields" });
  });
});

describe("KBZPay payment result", () => {
  const statuses = [
    ["PAY_SUCCESS", "SUCCEEDED"],
    ["WAIT_PAY", "PENDING"],
    ["PAYING", "PENDING"],
    ["PAY_FAILED", "FAILED"],
    ["ORDER_CLOSED", "CANCELLED"],
    ["ORDER_EXPIRED", "EXPIRED"],
  ] as const;

  it("maps every trade_status, with eventId mm_order_id:trade_status", () => {
    for (const [tradeStatus, outcome] of statuses) {
      const reading = readNotifyCallback(buildNotifyCallback({ ...input, tradeStatus }).body, KEY);
      if (!reading.ok) throw new Error(reading.reason);
      const result = kbzPaymentResult(notifyPaymentFields(reading.callback), "notify", new Date());
      expect(result).toMatchObject({ provider: "KBZPAY", outcome, eventId: `01123456781561104417178:${tradeStatus}`, eventType: `kbzpay.${tradeStatus}` });
    }
  });

  it("reads amount, method and time, and records no callback_info, nonce, sign or appid", () => {
    const reading = readNotifyCallback(buildNotifyCallback({ ...input, mmqr: { ref: "55", walletIdentifier: "AYAPAY" } }).body, KEY);
    if (!reading.ok) throw new Error(reading.reason);
    const result = kbzPaymentResult(notifyPaymentFields(reading.callback), "notify", new Date());
    expect(result).toMatchObject({
      reference: "MMSO_ORDER_1",
      transactionId: "01123456781561104417178",
      amount: 15000,
      currency: "MMK",
      method: "MMQR",
      feeAmount: null,
      occurredAt: new Date("2026-03-01T04:00:00Z"),
    });
    expect(result.record).toEqual({
      source: "notify",
      merch_order_id: "MMSO_ORDER_1",
      mm_order_id: "01123456781561104417178",
      trade_status: "PAY_SUCCESS",
      total_amount: "15000.00",
      trans_currency: "MMK",
      trans_end_time: "1772337600",
      notify_time: "1772337602",
      mmqr_ref: "55",
      wallet_identifier: "AYAPAY",
    });
    const text = JSON.stringify(result.record);
    for (const secret of ["title%3D", KEY, input.nonce!, "demo-kbzpay-app"]) expect(text).not.toContain(secret);
  });

  it("keeps a fractional kyat fractional (it can never match a whole total) and drops a numeric wallet id", () => {
    const reading = readNotifyCallback(handSigned("1000.50", "1000.50"), KEY);
    if (!reading.ok) throw new Error(reading.reason);
    const result = kbzPaymentResult({ ...notifyPaymentFields(reading.callback), walletIdentifier: "09791234567" }, "notify", new Date());
    expect(result.amount).toBe(1000.5);
    expect((result.record as Record<string, unknown>).wallet_identifier).toBeNull();
  });
});
