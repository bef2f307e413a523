import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildDingerCallback, decryptCallback, encryptCallback } from "./callback-crypto";
import { verifyDingerCallback } from "./verify-callback";

const KEY = "d655c33205363f5450427e6b6193e466";
const valid = buildDingerCallback(
  {
    totalAmount: 45000,
    createdAt: "20261124 163000",
    transactionStatus: "SUCCESS",
    methodName: "QR",
    merchantOrderId: "MMSO_20261124_0001",
    customerName: "မောင်မောင်",
    transactionId: "TRX123456202611241630",
    providerName: "KBZ Pay",
  },
  KEY,
);
const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");
const cipherBytes = Buffer.from(valid.paymentResult, "base64");

/** One forged or mutated callback body, as an attacker without the callback key could send it. */
const forgery = fc.oneof(
  // Random base64 with a random checksum.
  fc.record({ bytes: fc.uint8Array({ minLength: 1, maxLength: 400 }), checksum: fc.uint8Array({ minLength: 32, maxLength: 32 }) }).map(({ bytes, checksum }) => ({
    kind: "random",
    body: { paymentResult: Buffer.from(bytes).toString("base64"), checksum: Buffer.from(checksum).toString("hex") },
  })),
  // Bit flips anywhere in a valid paymentResult, the original checksum kept.
  fc.uniqueArray(fc.nat({ max: cipherBytes.length * 8 - 1 }), { minLength: 1, maxLength: 8 }).map((bits) => {
    const mutated = Buffer.from(cipherBytes);
    for (const bit of bits) mutated[bit >> 3]! ^= 1 << (bit & 7);
    return { kind: "bitflip", body: { paymentResult: mutated.toString("base64"), checksum: valid.checksum } };
  }),
  // A valid paymentResult with the checksum of another text.
  fc.string({ maxLength: 300 }).filter((text) => text !== valid.json).map((text) => ({ kind: "other-checksum", body: { paymentResult: valid.paymentResult, checksum: sha256(text) } })),
  // The right JSON and its right checksum, encrypted with another 32-character key.
  fc.string({ unit: "grapheme-ascii", minLength: 32, maxLength: 32 }).filter((key) => key !== KEY).map((key) => ({ kind: "wrong-key", body: encryptCallback(valid.json, key) })),
  // The amount changed after encryption: a checksum matching the changed text, the original ciphertext.
  fc.integer({ min: 0, max: 10_000_000 }).filter((amount) => amount !== 45000).map((amount) => ({
    kind: "amount-changed",
    body: { paymentResult: valid.paymentResult, checksum: sha256(valid.json.replace('"totalAmount":45000', `"totalAmount":${amount}`)) },
  })),
);

describe("Dinger callback forgery", () => {
  it("the unmodified callback verifies (so the property below is not vacuous)", () => {
    expect(verifyDingerCallback(valid.body, KEY).ok).toBe(true);
  });

  it("none of 1,000 forged or mutated callbacks verifies", () => {
    const seen = new Map<string, number>();
    fc.assert(
      fc.property(forgery, ({ kind, body }) => {
        seen.set(kind, (seen.get(kind) ?? 0) + 1);
        expect(decryptCallback(body, KEY).ok).toBe(false);
        const verdict = verifyDingerCallback(JSON.stringify(body), KEY);
        expect(verdict.ok).toBe(false);
        expect(verdict.ok ? null : verdict.code).toBe("invalid_signature");
      }),
      { numRuns: 1000 },
    );
    // Every kind of forgery was tried.
    expect([...seen.keys()].sort()).toEqual(["amount-changed", "bitflip", "other-checksum", "random", "wrong-key"]);
  });
});
