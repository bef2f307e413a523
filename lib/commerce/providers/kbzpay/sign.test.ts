import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { kbzSign, signingString, verifyKbzSign } from "./sign";

const KEY = "demo-kbzpay-app-key";
/** Computed here from a hand-written string, independently of the code under test. */
const sha = (text: string) => createHash("sha256").update(text, "utf8").digest("hex").toUpperCase();

const callback = {
  notify_time: "1561104451",
  merch_code: "200001",
  merch_order_id: "MMSO_ORDER_1",
  mm_order_id: "01001411601561104417178",
  trans_end_time: "1561104451",
  trade_status: "PAY_SUCCESS",
  total_amount: "1000.50",
  trans_currency: "MMK",
  appid: "kp1234567890abcdef",
  callback_info: "title%3Dpython",
  nonce_str: "5K8264ILTKCH16CQ2502SI8ZNMTM67VS",
  mmqr_ref: "1234567890123456",
  Wallet_identifier: "AYAPAY",
  sign_type: "SHA256",
};

describe("KBZPay signing", () => {
  it("sorts keys in ASCII byte order, so Wallet_identifier comes first, and signs SHA-256 uppercase", () => {
    const expected =
      "Wallet_identifier=AYAPAY&appid=kp1234567890abcdef&callback_info=title%3Dpython&merch_code=200001" +
      "&merch_order_id=MMSO_ORDER_1&mm_order_id=01001411601561104417178&mmqr_ref=1234567890123456" +
      "&nonce_str=5K8264ILTKCH16CQ2502SI8ZNMTM67VS&notify_time=1561104451&total_amount=1000.50" +
      "&trade_status=PAY_SUCCESS&trans_currency=MMK&trans_end_time=1561104451";
    expect(signingString(callback)).toBe(expected);
    expect(kbzSign(callback, KEY)).toBe(sha(`${expected}&key=${KEY}`));
    expect(kbzSign(callback, KEY)).toMatch(/^[0-9A-F]{64}$/);
    // localeCompare would put Wallet_identifier among the w's: the wrong string.
    const localeOrder = Object.keys(callback).filter((k) => k !== "sign_type").sort((a, b) => a.localeCompare(b));
    expect(localeOrder[0]).not.toBe("Wallet_identifier");
  });

  it("flattens biz_content into the common fields and drops sign, sign_type, empty and nested values", () => {
    const request = {
      timestamp: "1700000000",
      notify_url: "http://localhost:3000/api/webhooks/kbzpay",
      method: "kbz.payment.precreate",
      nonce_str: "ABC",
      sign_type: "SHA256",
      sign: "WHATEVER",
      version: "1.0",
      empty: "",
      missing: null,
      biz_content: {
        appid: "app",
        merch_code: "200001",
        merch_order_id: "R1",
        trade_type: "PAY_BY_QRCODE",
        total_amount: "15000",
        trans_currency: "MMK",
        refund_info: [{ amount: "1" }],
        nested: { a: "b" },
        title: "",
      },
    };
    const expected =
      "appid=app&merch_code=200001&merch_order_id=R1&method=kbz.payment.precreate&nonce_str=ABC" +
      "&notify_url=http://localhost:3000/api/webhooks/kbzpay&timestamp=1700000000&total_amount=15000" +
      "&trade_type=PAY_BY_QRCODE&trans_currency=MMK&version=1.0";
    expect(signingString(request)).toBe(expected);
    expect(kbzSign(request, KEY)).toBe(sha(`${expected}&key=${KEY}`));
  });

  it("verifies the exact uppercase signature only, in constant time, over whatever keys arrived", () => {
    const sign = kbzSign(callback, KEY);
    expect(verifyKbzSign({ ...callback, sign }, KEY)).toBe(true);
    expect(verifyKbzSign({ ...callback, sign: sign.toLowerCase() }, KEY)).toBe(false);
    expect(verifyKbzSign({ ...callback, sign }, `${KEY}x`)).toBe(false);
    expect(verifyKbzSign({ ...callback, total_amount: "1000.5", sign }, KEY)).toBe(false);
    expect(verifyKbzSign({ ...callback, extra: "1", sign }, KEY)).toBe(false);
    expect(verifyKbzSign(callback, KEY)).toBe(false);
    expect(verifyKbzSign({ ...callback, sign: `${sign}0` }, KEY)).toBe(false);
  });

  it("refuses fields that would make the string ambiguous (moving '&k=v' between keys and values)", () => {
    const merged = { a: "1&b=2" };
    expect(() => signingString(merged)).toThrow();
    expect(() => signingString({ a: "x&=y" })).toThrow();
    expect(() => signingString({ "a=b": "1" })).toThrow();
    expect(() => signingString({ "a&b": "1" })).toThrow();
    // A lone '&' or '=' cannot move a field boundary.
    expect(signingString({ name: "A&B Shop", info: "title=x" })).toBe("info=title=x&name=A&B Shop");
    const split = { a: "1", b: "2" };
    const sign = kbzSign(split, KEY);
    expect(verifyKbzSign({ ...merged, sign }, KEY)).toBe(false);
  });
});
