import { createCipheriv, createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { buildDingerCallback, decryptCallback, encryptCallback } from "./callback-crypto";
import { formatDingerTime, parseDingerTime, readDingerCallback } from "./callback-result";
import { verifyDingerCallback } from "./verify-callback";

// Dinger's published test vector ("Revoke Transaction Status to Merchant URL" / "Merchant Callback",
// dinger.asia and dinger-prebuilt-checkout-form.readme.io): the testing callback key and its sample body.
const TEST_CALLBACK_KEY = "d655c33205363f5450427e6b6193e466";
const SAMPLE = {
  paymentResult:
    "5zDOSGSI/YE7wsmX/IlBZb6iH0NpwgRuUL13RY9sEKIvo8oebHCh1FKZ0MKTkvlKPQ6Cn2qYg7UDQssBuMbkVAGWcVPK0WvvrrACrx480jdydrNUcsqX4vsaqHuRlCQa/7Qfur+W6WNKO4exvOvN25FtE8hDB7ENu37r54wUlGC21bojhq9M15/Ql5P9+w1x/+Ep13nmyptGOHfI4a4V3D57v0HQ8KqUnOy5P6E4FYOSeOVeVuCJ516RK94OIVAUB3F9jqy4NLm9jqc243pWOR9fwGJK5YplMbOuQFEZKt0=",
  checksum: "3e6dc224539d382f300f658a26775e75029b26ba0b885196e7ec66feb6a756ae",
};
// The same docs' curl example: encrypted under another merchant's key, so the test key must refuse it.
const CURL_EXAMPLE = {
  paymentResult:
    "uQZVb6O5qTxp7dz3c4yB3T5WBlc/EWVXsAaapcc2BXquHcJIQYdyjc2zW+EIWYOznH2XEUkL1h5BSvhr+XWgiBZpkDK4klcGRigE61vRhAxLFs32HypMdcVvPQ17yeDrmhOPtrsyiVWTZ/Ub4Iu97DPBCHp+gTM1qyj+NqjccS+06wnLG+IzyWMXgW8fuEa2ODczp3NpsUv3tEUjIKvp99x4inG/FObzU8y4lyeu2mJDL1WBdKgnNLCR+tUU2qfzry8M/mDbbPAxb6Hi2Q4s/zVwyeXQE27jBRlUieXTP1ePrQ9fdj7dJxBQ7fsGmEWQ9iPuzL367lJvFlIPcTgQThg9XFieqG9ZBz9eTzaMAuw=",
  checksum: "99f13ebc78ae100494c41409139552f838371ac87e55f907ce23dd63dfec2bed",
};
const received = new Date("2026-11-24T10:00:00Z");

describe("Dinger's published callback sample", () => {
  it("decrypts with the testing callback key to the documented JSON, whose SHA-256 is the documented checksum", () => {
    const decrypted = decryptCallback(SAMPLE, TEST_CALLBACK_KEY);
    expect(decrypted.ok).toBe(true);
    if (!decrypted.ok) return;
    const json = JSON.parse(decrypted.plaintext) as Record<string, unknown>;
    expect(json).toMatchObject({ totalAmount: 1000, providerName: "KBZ Pay", transactionStatus: "SUCCESS", merchantOrderId: "0586", transactionId: "TRX312720215216085254" });
    expect(createHash("sha256").update(decrypted.plaintext).digest("hex")).toBe(SAMPLE.checksum);
  });

  it("verifies as a succeeded MMK payment of 1000, dated in Myanmar time, recorded without the customer's name", () => {
    const verdict = verifyDingerCallback(JSON.stringify(SAMPLE), TEST_CALLBACK_KEY, received);
    expect(verdict.ok).toBe(true);
    if (!verdict.ok || verdict.message.kind !== "payment") throw new Error("expected a payment");
    const { result } = verdict.message;
    expect(result).toMatchObject({
      provider: "DINGER",
      eventId: "TRX312720215216085254:SUCCESS",
      eventType: "dinger.SUCCESS",
      reference: "0586",
      outcome: "SUCCEEDED",
      transactionId: "TRX312720215216085254",
      amount: 1000,
      currency: "MMK",
      method: "KBZ Pay",
      feeAmount: null,
    });
    // "20210916 085254" at UTC+06:30.
    expect(result.occurredAt.toISOString()).toBe("2021-09-16T02:22:54.000Z");
    expect(JSON.stringify(result.record)).not.toContain("Min Thu Kyaw");
    expect(Object.keys(result.record as object).sort()).toEqual(["createdAt", "merchantOrderId", "methodName", "providerName", "totalAmount", "transactionId", "transactionStatus"]);
  });

  it("refuses the docs' curl example (another key), another key, and a changed checksum", () => {
    expect(decryptCallback(CURL_EXAMPLE, TEST_CALLBACK_KEY).ok).toBe(false);
    expect(decryptCallback(SAMPLE, "0".repeat(32)).ok).toBe(false);
    const flipped = SAMPLE.checksum.replace(/^./, (c) => (c === "3" ? "4" : "3"));
    expect(decryptCallback({ ...SAMPLE, checksum: flipped }, TEST_CALLBACK_KEY)).toEqual({ ok: false, reason: "checksum_mismatch" });
    expect(decryptCallback({ ...SAMPLE, checksum: SAMPLE.checksum.toUpperCase() }, TEST_CALLBACK_KEY).ok).toBe(true);
  });

  it("refuses a callback key that is not 32 bytes as a configuration error", () => {
    expect(() => decryptCallback(SAMPLE, "short")).toThrow(/32 bytes/);
  });
});

describe("buildDingerCallback (the sandbox's and the tests' Dinger)", () => {
  const fields = {
    totalAmount: 45000,
    createdAt: "20261124 163000",
    transactionStatus: "SUCCESS",
    methodName: "QR",
    merchantOrderId: "MMSO_0001",
    customerName: "မောင်မောင်",
    transactionId: "TRX123456202611241630",
    providerName: "Wave Pay",
  };

  it("encrypts like Dinger: AES-256-ECB/PKCS7 under the key's UTF-8 bytes, checksum = SHA-256 of the same text", () => {
    const callback = buildDingerCallback(fields, TEST_CALLBACK_KEY);
    const cipher = createCipheriv("aes-256-ecb", Buffer.from(TEST_CALLBACK_KEY, "utf8"), null);
    const expected = Buffer.concat([cipher.update(callback.json, "utf8"), cipher.final()]).toString("base64");
    expect(callback.paymentResult).toBe(expected);
    expect(callback.checksum).toBe(createHash("sha256").update(callback.json, "utf8").digest("hex"));
    expect(JSON.parse(callback.body)).toEqual({ paymentResult: callback.paymentResult, checksum: callback.checksum });
    expect(Object.keys(JSON.parse(callback.json) as object)).toEqual(["totalAmount", "createdAt", "transactionStatus", "methodName", "merchantOrderId", "customerName", "transactionId", "providerName"]);
    expect(encryptCallback(callback.json, TEST_CALLBACK_KEY)).toEqual({ paymentResult: callback.paymentResult, checksum: callback.checksum });
  });

  it("round-trips through the verifier, with totalAmount as a number or a numeric string", () => {
    for (const totalAmount of [45000, "45000", "45000.00"]) {
      const verdict = verifyDingerCallback(buildDingerCallback({ ...fields, totalAmount }, TEST_CALLBACK_KEY).body, TEST_CALLBACK_KEY, received);
      expect(verdict.ok && verdict.message.kind === "payment" && verdict.message.result.amount).toBe(45000);
    }
  });

  it("maps every Dinger status; an unknown status is stored as another event", () => {
    const outcomes = Object.fromEntries(
      ["SUCCESS", "SETTLED", "PENDING", "CANCELLED", "TIMEOUT", "DECLINED", "ERROR", "SYSTEM_ERROR"].map((status) => {
        const message = readDingerCallback(JSON.stringify({ ...fields, transactionStatus: status }), received);
        return [status, message?.kind === "payment" ? message.result.outcome : null];
      }),
    );
    expect(outcomes).toEqual({
      SUCCESS: "SUCCEEDED",
      SETTLED: "SUCCEEDED",
      PENDING: "PENDING",
      CANCELLED: "CANCELLED",
      TIMEOUT: "EXPIRED",
      DECLINED: "FAILED",
      ERROR: "FAILED",
      SYSTEM_ERROR: "FAILED",
    });
    for (const status of ["REFUNDED", "constructor", "__proto__"]) {
      expect(readDingerCallback(JSON.stringify({ ...fields, transactionStatus: status }), received)).toMatchObject({
        kind: "other",
        provider: "DINGER",
        eventId: `TRX123456202611241630:${status.toUpperCase()}`,
        reference: "MMSO_0001",
      });
    }
  });

  it("refuses decrypted text that is not a Dinger result", () => {
    expect(readDingerCallback("not json", received)).toBeNull();
    expect(readDingerCallback(JSON.stringify({ ...fields, transactionId: "" }), received)).toBeNull();
    expect(readDingerCallback(JSON.stringify({ ...fields, totalAmount: "12abc" }), received)).toBeNull();
    expect(readDingerCallback(JSON.stringify({ ...fields, totalAmount: -5 }), received)).toBeNull();
    expect(readDingerCallback(JSON.stringify({ ...fields, merchantOrderId: undefined }), received)).toBeNull();
  });
});

describe("Dinger's createdAt (yyyyMMdd HHmmss, Myanmar time UTC+06:30)", () => {
  it("parses and formats both ways", () => {
    expect(parseDingerTime("20261124 000000")?.toISOString()).toBe("2026-11-23T17:30:00.000Z");
    expect(formatDingerTime(new Date("2026-11-23T17:30:00Z"))).toBe("20261124 000000");
    const now = new Date("2026-02-28T20:15:09Z");
    expect(parseDingerTime(formatDingerTime(now))?.getTime()).toBe(now.getTime());
  });

  it("refuses impossible dates and other formats; a callback with one is dated at receipt", () => {
    for (const text of ["20210230 101010", "20211301 000000", "20210916 246000", "2021-09-16 08:52:54", "20210916085254", ""]) {
      expect(parseDingerTime(text), text).toBeNull();
    }
    const message = readDingerCallback(JSON.stringify({ totalAmount: 1, createdAt: "soon", transactionStatus: "SUCCESS", merchantOrderId: "A", transactionId: "T" }), received);
    expect(message?.kind === "payment" && message.result.occurredAt).toEqual(received);
  });
});
