import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import type { ApplyOutcome } from "@/lib/commerce/apply-verified-message";
import { buildDingerCallback } from "./callback-crypto";
import { receiveDingerWebhook } from "./receive-webhook";

const apply = vi.hoisted(() => vi.fn<(message: unknown) => Promise<ApplyOutcome>>());
vi.mock("@/lib/commerce/apply-verified-message", () => ({ applyVerifiedMessage: apply }));

// Demo mode: DINGER_CALLBACK_KEY is its documented test value.
const KEY = "d655c33205363f5450427e6b6193e466";
const callback = buildDingerCallback(
  {
    totalAmount: 45000,
    createdAt: "20261124 163000",
    transactionStatus: "SUCCESS",
    methodName: "QR",
    merchantOrderId: "MMSO_0001",
    customerName: "Daw Aye Aye",
    transactionId: "TRX123456202611241630",
    providerName: "AYA Pay",
  },
  KEY,
);

let stderr: MockInstance<typeof process.stderr.write>;
beforeEach(() => {
  apply.mockReset();
  stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
});
afterEach(() => stderr.mockRestore());
const logged = () => stderr.mock.calls.map(([line]) => JSON.parse(String(line)) as Record<string, unknown>);

describe("receiveDingerWebhook", () => {
  it("hands a verified callback to applyVerifiedMessage and acknowledges every outcome with 200", async () => {
    for (const status of ["applied", "duplicate", "ignored", "rejected"] as const) {
      apply.mockResolvedValueOnce({ status, orderId: null });
      expect(await receiveDingerWebhook(callback.body)).toEqual({ status: 200, body: { status } });
    }
    expect(apply).toHaveBeenCalledTimes(4);
    expect(apply.mock.calls[0]![0]).toMatchObject({
      kind: "payment",
      result: { provider: "DINGER", eventId: "TRX123456202611241630:SUCCESS", reference: "MMSO_0001", outcome: "SUCCEEDED", amount: 45000, currency: "MMK", method: "AYA Pay" },
    });
    expect(JSON.stringify(apply.mock.calls[0]![0])).not.toContain("Daw Aye Aye");
  });

  it("answers 500 when applying throws, so that Dinger retries", async () => {
    apply.mockRejectedValueOnce(new Error("database down"));
    expect(await receiveDingerWebhook(callback.body)).toMatchObject({ status: 500, body: { error: { code: "internal" } } });
    expect(logged()).toEqual([expect.objectContaining({ level: "error", event: "dinger.webhook_failed" })]);
  });

  it("refuses forged bodies with 400 invalid_signature, never applies them, and logs the provider and reason only", async () => {
    const forged = [
      JSON.stringify({ paymentResult: callback.paymentResult, checksum: "0".repeat(64) }),
      JSON.stringify({ paymentResult: "AAAAAAAAAAAAAAAAAAAAAA==", checksum: callback.checksum }),
      JSON.stringify({ paymentResult: callback.paymentResult }),
      JSON.stringify([callback.paymentResult, callback.checksum]),
    ];
    for (const body of forged) {
      expect(await receiveDingerWebhook(body)).toEqual({ status: 400, body: { error: { code: "invalid_signature", message: "Invalid signature" } } });
    }
    expect(apply).not.toHaveBeenCalled();
    for (const line of logged()) {
      expect(Object.keys(line).sort()).toEqual(["event", "level", "provider", "reason", "time"]);
      expect(line).toMatchObject({ level: "warn", event: "webhook.rejected", provider: "DINGER" });
      expect(JSON.stringify(line)).not.toContain(callback.paymentResult.slice(0, 16));
    }
    expect(logged().map((line) => line.reason)).toEqual(["checksum_mismatch", "undecryptable", "malformed", "malformed"]);
  });

  it("answers 400 invalid_json to a body that is not JSON", async () => {
    expect(await receiveDingerWebhook("paymentResult=abc")).toMatchObject({ status: 400, body: { error: { code: "invalid_json" } } });
    expect(apply).not.toHaveBeenCalled();
  });
});
