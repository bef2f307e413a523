import { createCipheriv, createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { callRoute } from "@/lib/testing/call-route";
import { POST } from "@/app/api/webhooks/dinger/route";

/** Encrypts as Dinger does, computed here independently of the code under test. */
function dingerBody(result: Record<string, unknown>, key = env().DINGER_CALLBACK_KEY) {
  const json = JSON.stringify(result);
  const cipher = createCipheriv("aes-256-ecb", Buffer.from(key, "utf8"), null);
  const paymentResult = Buffer.concat([cipher.update(json, "utf8"), cipher.final()]).toString("base64");
  return { paymentResult, checksum: createHash("sha256").update(json, "utf8").digest("hex"), json };
}

const result = {
  totalAmount: 45000,
  createdAt: "20261124 163000",
  transactionStatus: "SUCCESS",
  methodName: "QR",
  merchantOrderId: "MMSO_NO_SUCH_ORDER",
  customerName: "MMSO student",
  transactionId: "TRX000001202611241630",
  providerName: "KBZ Pay",
};

const deliver = (body: string) => callRoute(POST, "/api/webhooks/dinger", { method: "POST", body, headers: { "content-type": "application/json" } });
const counts = async () => ({ events: await db.providerEvent.count(), payments: await db.payment.count(), orders: await db.order.count() });

describe("POST /api/webhooks/dinger", () => {
  it("refuses forged and tampered callbacks with 400 invalid_signature and writes nothing", async () => {
    const valid = dingerBody(result);
    const tampered = dingerBody({ ...result, totalAmount: 1 });
    const before = await counts();
    const forged = [
      { paymentResult: valid.paymentResult, checksum: tampered.checksum }, // amount changed after encryption
      { paymentResult: dingerBody(result, "x".repeat(32)).paymentResult, checksum: valid.checksum }, // another key
      { paymentResult: Buffer.from(valid.json).toString("base64"), checksum: valid.checksum }, // not encrypted at all
      { paymentResult: valid.paymentResult.replace(/^./, (c) => (c === "A" ? "B" : "A")), checksum: valid.checksum },
      { paymentResult: valid.paymentResult, checksum: "" },
      { checksum: valid.checksum },
    ];
    for (const body of forged) {
      const res = await deliver(JSON.stringify(body));
      expect(res.status).toBe(400);
      expect(res.json).toEqual({ error: { code: "invalid_signature", message: "Invalid signature" } });
    }
    expect(await counts()).toEqual(before);
  });

  it("answers 400 to a body that is not JSON and 413 to one that is too large, writing nothing", async () => {
    const before = await counts();
    expect((await deliver("paymentResult=abc&checksum=def")).json).toMatchObject({ error: { code: "invalid_json" } });
    expect((await deliver(JSON.stringify({ paymentResult: "A".repeat(70_000), checksum: "0".repeat(64) }))).status).toBe(413);
    expect(await counts()).toEqual(before);
  });

  it("passes a genuine callback on to the payment logic instead of refusing it", async () => {
    const { paymentResult, checksum } = dingerBody(result);
    const res = await deliver(JSON.stringify({ paymentResult, checksum }));
    expect(res.status).not.toBe(400);
    expect(res.headers.get("cache-control")).toBe("no-store");
  });
});
