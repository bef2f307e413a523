import { describe, expect, it } from "vitest";
import { parseMmqr } from "../../mmqr/validate-mmqr";
import { readGatewayResponse } from "./gateway";
import { readNotifyCallback } from "./notify-callback";
import { resultFromQueryOrder } from "./query-order";
import { mmqrRefOf, newMmOrderId, newPrepayId, readMmOrderId, sandboxMmqr, sandboxNotifyCallback, sandboxQueryResponse, SANDBOX_MMQR_WALLET } from "./sandbox-gateway";

const credentials = { appId: "demo-kbzpay-app", merchCode: "200001", appKey: "demo-kbzpay-app-key" };
const at = new Date("2026-03-01T04:00:00.123Z");
const payment = (status: "PENDING" | "PAID" | "FAILED" | "CANCELLED" | "EXPIRED", transactionId: string | null) => ({
  merchantReference: "MMSO_SBX_1",
  transactionId,
  amount: 25000,
  currency: "MMK" as const,
  status,
  request: { Request: { biz_content: { title: "Python basics" } }, returnUrl: "http://localhost:3000/x" },
});

describe("KBZPay sandbox gateway", () => {
  it("makes prepay_id-like and mm_order_id-like ids; the latter records channel and time", () => {
    expect(newPrepayId()).toMatch(/^KBZ[0-9a-f]{40}$/);
    expect(newPrepayId()).not.toBe(newPrepayId());
    const app = newMmOrderId("app", at);
    const mmqr = newMmOrderId("mmqr", at);
    expect(app).toMatch(/^01\d{21}$/);
    expect(mmqr).toMatch(/^02\d{21}$/);
    expect(readMmOrderId(app)).toEqual({ channel: "app", at });
    expect(readMmOrderId(mmqr)).toEqual({ channel: "mmqr", at });
    expect(readMmOrderId("abc")).toBeNull();
    expect(mmqrRefOf(mmqr)).toMatch(/^\d{16}$/);
    expect(mmqrRefOf(mmqr)).toBe(mmqrRefOf(mmqr));
  });

  it("shows a valid dynamic MMQR with the amount and reference", () => {
    const check = parseMmqr(sandboxMmqr(credentials, 25000, "MMSO_SBX_1"));
    expect(check).toMatchObject({ ok: true, mmqr: { dynamic: true, amount: "25000", billNumber: "MMSO_SBX_1", accounts: { "26": { "01": "200001" } } } });
  });

  it("signs a callback that our verifier accepts; MMQR payments carry mmqr_ref and Wallet_identifier", () => {
    const id = newMmOrderId("mmqr", at);
    const { body } = sandboxNotifyCallback(payment("PAID", id), credentials);
    expect(body).toContain('"total_amount":25000.00');
    expect(body).toContain('"callback_info":"title%3DPython%20basics"');
    expect(readNotifyCallback(body, credentials.appKey)).toMatchObject({
      ok: true,
      callback: { reference: "MMSO_SBX_1", mmOrderId: id, tradeStatus: "PAY_SUCCESS", transEndTime: "1772337600", mmqrRef: mmqrRefOf(id), walletIdentifier: SANDBOX_MMQR_WALLET },
    });
    const appPaid = sandboxNotifyCallback(payment("PAID", newMmOrderId("app", at)), credentials).body;
    expect(appPaid).not.toContain("mmqr_ref");
    expect(appPaid).not.toContain("Wallet_identifier");
    const declined = sandboxNotifyCallback(payment("FAILED", newMmOrderId("app", at)), credentials).body;
    expect(readNotifyCallback(declined, credentials.appKey)).toMatchObject({ ok: true, callback: { tradeStatus: "PAY_FAILED" } });
    expect(() => sandboxNotifyCallback(payment("PENDING", null), credentials)).toThrow();
  });

  it("answers queryorder as KBZPay would, signed, for every state", () => {
    const id = newMmOrderId("app", at);
    const cases = [
      [payment("PENDING", null), "PENDING", null],
      [payment("PAID", id), "SUCCEEDED", id],
      [payment("FAILED", id), "FAILED", id],
      [payment("CANCELLED", id), "CANCELLED", id],
      [payment("EXPIRED", id), "EXPIRED", id],
    ] as const;
    for (const [record, outcome, transactionId] of cases) {
      const fields = readGatewayResponse(sandboxQueryResponse(record, credentials), credentials.appKey, "queryorder");
      expect(resultFromQueryOrder(fields, "MMSO_SBX_1")).toMatchObject({ outcome, transactionId, amount: 25000, reference: "MMSO_SBX_1" });
    }
    expect(() => readGatewayResponse(sandboxQueryResponse(payment("PAID", id), credentials), "wrong-key", "queryorder")).toThrow();
  });
});
