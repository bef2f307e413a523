import { createCipheriv, createHash, createHmac } from "node:crypto";
import fc from "fast-check";
import Stripe from "stripe";
import { describe, expect, it } from "vitest";
import { createOrder } from "@/lib/commerce/orders/create-order";
import { buildNotifyCallback } from "@/lib/commerce/providers/kbzpay/notify-callback";
import { newMmOrderId, sandboxNotifyCallback } from "@/lib/commerce/providers/kbzpay/sandbox-gateway";
import { eventPayload, sessionEvent, stripeId } from "@/lib/commerce/providers/stripe/sandbox-events";
import { findSandboxPaymentByReference, settleSandboxPayment } from "@/lib/commerce/sandbox/sandbox-payments";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { createShop } from "@/lib/testing/commerce-factories";
import { assertForgeriesRefused, headerList, post, type Forgery } from "@/lib/testing/forgery/assert-refused";
import { effectSnapshot } from "@/lib/testing/forgery/effects";
import { BASE64, contentType, hugeBody, junkBody, otherSecret, outsideTolerance, tamperedBody, tamperedHex, tamperedValue } from "@/lib/testing/forgery/mutations";
import { POST as dingerWebhook } from "@/app/api/webhooks/dinger/route";
import { POST as kbzpayWebhook } from "@/app/api/webhooks/kbzpay/route";
import { POST as stripeWebhook } from "@/app/api/webhooks/stripe/route";

/*
 * Security-critical: forgery fuzzing of the payment webhooks (issue 9, item 4). For each provider a
 * genuine, signed "paid" message for a real PENDING order is built with the provider's protocol
 * (computed here, independently of the verifiers), then fast-check (fixed seed) sends hundreds of
 * forgeries of it. Each must be refused with the provider's documented 4xx and the database must
 * not change; the genuine message must then still pay the order, and its replays must not pay it
 * again. Equivalent encodings of a genuine MAC (the same bytes) are replays, not forgeries.
 */

const SEED = 20261125;
const RUNS_PER_FAMILY = 30;
const LIMIT = 64 * 1024; // webhookRoute's body limit

async function pendingOrder(provider: "stripe" | "dinger" | "kbzpay") {
  const shop = await createShop({ priceAmount: 25_000 });
  return createOrder({ actor: shop.actor, locale: "en", idempotencyKey: null, courseId: shop.course.id, provider });
}

async function orderStatus(id: string) {
  return (await db.order.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;
}

/** Every kind a suite promised to try was actually sent. */
function expectKinds(kinds: Map<string, number>, expected: string[]) {
  for (const kind of expected) expect([...kinds.keys()], `kind never generated: ${kind}`).toContain(kind);
}

describe("Stripe webhook forgeries", () => {
  it("refuses every forgery of a signed checkout.session.completed with 400 (413 when huge), changes nothing, then pays once", async () => {
    const order = await pendingOrder("stripe");
    const secret = env().STRIPE_WEBHOOK_SECRET;
    const now = Math.floor(Date.now() / 1000);
    const event = (reference: string, amount: number, id?: string) =>
      eventPayload(
        sessionEvent(
          "checkout.session.completed",
          { checkoutId: stripeId("cs_test_"), reference, amount, currency: "MMK", paymentIntentId: stripeId("pi_"), created: now - 60, expiresAt: now + 1800, returnUrl: "http://localhost/x", state: "paid" },
          { id: id ?? stripeId("evt_"), created: now },
        ),
      );
    const body = event(order.reference, order.total, "evt_genuine_forgery_suite");
    const sign = (payload: string, options: { secret?: string; timestamp?: number; scheme?: string } = {}) =>
      Stripe.webhooks.generateTestHeaderString({ payload, secret: options.secret ?? secret, timestamp: options.timestamp ?? now, scheme: options.scheme });
    const genuine = sign(body);
    const v1 = /v1=([0-9a-f]+)/.exec(genuine)![1]!;
    const delivery = (kind: string, payload: string | Uint8Array, signature: string[] | null, type: string | null): Forgery => ({
      kind,
      body: payload,
      headers: [...headerList({ "content-type": type }), ...(signature ?? []).map((s): [string, string] => ["stripe-signature", s])],
    });

    const otherBody = fc.oneof(
      fc.integer({ min: 1, max: 10_000_000 }).filter((a) => a !== order.total).map((amount) => event(order.reference, amount, "evt_genuine_forgery_suite")),
      fc.stringMatching(/^[A-Za-z0-9_]{1,40}$/).filter((r) => r !== order.reference).map((reference) => event(reference, order.total)),
    );
    const forgeries = [
      fc.tuple(tamperedBody(body), contentType).map(([b, type]) => delivery(b.kind, b.value, [genuine], type)),
      fc.tuple(tamperedHex(v1), contentType).map(([s, type]) => delivery(s.kind, body, [`t=${now},v1=${s.value}`], type)),
      otherBody.map((other) => delivery("signature of a different body", body, [sign(other)], "application/json")),
      otherSecret(secret).map((wrong) => delivery("signed with another secret", body, [sign(body, { secret: wrong })], "application/json")),
      outsideTolerance(300).map((t) => delivery(t.kind, body, [sign(body, { timestamp: t.value })], "application/json")),
      fc.integer({ min: 1, max: 10_000 }).map((shift) => delivery("timestamp changed after signing", body, [`t=${now - shift},v1=${v1}`], "application/json")),
      fc.constantFrom<[string, string[] | null]>(
        ["header missing", null],
        ["header empty", [""]],
        ["header blank", ["   "]],
        ["header without v1", [`t=${now}`]],
        ["header without t", [`v1=${v1}`]],
        ["wrong scheme v0", [sign(body, { scheme: "v0" })]],
        ["wrong scheme sha1=", [`sha1=${createHmac("sha1", secret).update(`${now}.${body}`).digest("hex")}`]],
        ["HMAC-SHA1 as v1", [`t=${now},v1=${createHmac("sha1", secret).update(`${now}.${body}`).digest("hex")}`]],
        ["HMAC of the body without timestamp", [`t=${now},v1=${createHmac("sha256", secret).update(body).digest("hex")}`]],
      ).map(([kind, header]) => delivery(kind, body, header, "application/json")),
      fc.tuple(otherSecret(secret), otherBody).map(([wrong, other]) => delivery("header duplicated (forged copies)", body, [sign(body, { secret: wrong }), sign(other)], "application/json")),
      fc.tuple(tamperedBody(body), contentType).map(([b, type]) => delivery("header duplicated over a tampered body", b.value, [genuine, genuine], type)),
      junkBody.map((b) => delivery(b.kind, b.value, [genuine], "application/json")),
      hugeBody(LIMIT).map((b) => delivery(b.kind, b.value, [sign(b.value)], "application/json")),
    ];

    const before = await effectSnapshot();
    const kinds = await assertForgeriesRefused({
      provider: "Stripe",
      handler: stripeWebhook,
      path: "/api/webhooks/stripe",
      forgeries,
      refusedWith: (f) => (f.kind === "body: over the size limit" ? [413] : [400]),
      runsPerFamily: RUNS_PER_FAMILY,
      seed: SEED,
    });
    expectKinds(kinds, ["body: one bit flipped", "body: whitespace inserted", "body: JSON re-serialised", "signature: upper-cased hex", "signature: truncated", "signature: extended", "timestamp: stale", "timestamp: future", "header missing", "wrong scheme v0", "signed with another secret", "signature of a different body", "body: over the size limit", "body: not JSON", "body: empty"]);
    expect(await effectSnapshot()).toEqual(before);
    expect(await orderStatus(order.id)).toBe("PENDING");

    // The genuine event still works, once; Stripe's redeliveries (same or fresh signature) change nothing.
    // Signed now: on a loaded machine the forgeries may have taken a while.
    const fresh = sign(body, { timestamp: Math.floor(Date.now() / 1000) });
    const first = await post(stripeWebhook, "/api/webhooks/stripe", delivery("genuine", body, [fresh], "application/json"));
    expect([first.status, first.json]).toEqual([200, { received: true }]);
    expect(await orderStatus(order.id)).toBe("PAID");
    const paid = await effectSnapshot();
    expect(paid.payments).toBe(before.payments + 1);
    for (const header of [fresh, sign(body, { timestamp: Math.floor(Date.now() / 1000) + 5 }), `${fresh},v1=${"0".repeat(64)}`]) {
      const replay = await post(stripeWebhook, "/api/webhooks/stripe", delivery("replay", body, [header], "application/json"));
      expect([replay.status, replay.json]).toEqual([200, { received: true }]);
    }
    expect(await effectSnapshot()).toEqual(paid);
  }, 60_000);
});

/** Dinger's callback as Dinger builds it: AES-256-ECB of the JSON under the callback key, SHA-256 checksum. */
function dingerCallback(result: Record<string, unknown>, key: string) {
  const json = JSON.stringify(result);
  const cipher = createCipheriv("aes-256-ecb", Buffer.from(key, "utf8"), null);
  return { paymentResult: Buffer.concat([cipher.update(json, "utf8"), cipher.final()]).toString("base64"), checksum: createHash("sha256").update(json, "utf8").digest("hex"), json };
}

describe("Dinger webhook forgeries", () => {
  it("refuses every forged or tampered callback with 400 (413 when huge), changes nothing, then pays once", async () => {
    const order = await pendingOrder("dinger");
    const key = env().DINGER_CALLBACK_KEY;
    const result = {
      totalAmount: order.total,
      createdAt: "20261125 093000",
      transactionStatus: "SUCCESS",
      methodName: "QR",
      merchantOrderId: order.reference,
      customerName: "Zoë Ko Ko", // a decomposable character, for the Unicode-normalisation forgery
      transactionId: `TRX${Date.now()}`,
      providerName: "KBZ Pay",
    };
    const genuine = dingerCallback(result, key);
    const body = JSON.stringify({ paymentResult: genuine.paymentResult, checksum: genuine.checksum });
    const delivery = (kind: string, payload: string | Uint8Array, type: string | null = "application/json"): Forgery => ({ kind, body: payload, headers: headerList({ "content-type": type }) });
    const pair = (kind: string, paymentResult: unknown, checksum: unknown) => delivery(kind, JSON.stringify({ paymentResult, checksum }));
    const decoded = Buffer.from(genuine.paymentResult, "base64");
    const blocks = decoded.length / 16;

    const forgeries = [
      // The ciphertext changed (same checksum): a different plaintext, or no valid padding.
      tamperedValue(genuine.paymentResult, BASE64, "ciphertext")
        .filter((v) => !Buffer.from(v.value, "base64").equals(decoded))
        .map((v) => pair(v.kind, v.value, genuine.checksum)),
      tamperedHex(genuine.checksum, "checksum")
        .filter((v) => v.value.toLowerCase() !== genuine.checksum)
        .map((v) => pair(v.kind, genuine.paymentResult, v.value)),
      fc.record({ totalAmount: fc.integer({ min: 0, max: 10_000_000 }), transactionStatus: fc.constantFrom("SUCCESS", "SETTLED") }).filter((r) => r.totalAmount !== order.total).map((changed) => {
        const tampered = dingerCallback({ ...result, ...changed }, key);
        return pair("checksum of a different result", genuine.paymentResult, tampered.checksum);
      }),
      fc
        .stringMatching(/^[0-9A-Za-z]{32}$/)
        .filter((k) => k !== key)
        .map((wrong) => {
          const forged = dingerCallback(result, wrong);
          return pair("encrypted with another key", forged.paymentResult, forged.checksum);
        }),
      fc.constant(pair("result not encrypted", Buffer.from(genuine.json).toString("base64"), genuine.checksum)),
      fc.constant(pair("Unicode-normalised result, its own checksum", genuine.paymentResult, createHash("sha256").update(genuine.json.normalize("NFD")).digest("hex"))),
      fc.tuple(fc.nat({ max: blocks - 1 }), fc.nat({ max: blocks - 1 })).filter(([a, b]) => a !== b).map(([a, b]) => {
        const copy = Buffer.from(decoded);
        decoded.copy(copy, a * 16, b * 16, b * 16 + 16);
        return pair("ECB block swapped", copy.toString("base64"), genuine.checksum);
      }),
      fc.constantFrom<[string, unknown, unknown]>(
        ["checksum missing", genuine.paymentResult, undefined],
        ["checksum empty", genuine.paymentResult, ""],
        ["paymentResult missing", undefined, genuine.checksum],
        ["paymentResult empty", "", genuine.checksum],
        ["fields of the wrong type", 1, true],
      ).map(([kind, a, b]) => pair(kind, a, b)),
      fc.tuple(junkBody, contentType).map(([b, type]) => delivery(b.kind, b.value, type)),
      hugeBody(LIMIT).map((b) => delivery(b.kind, b.value)),
    ];

    const before = await effectSnapshot();
    const kinds = await assertForgeriesRefused({
      provider: "Dinger",
      handler: dingerWebhook,
      path: "/api/webhooks/dinger",
      forgeries,
      refusedWith: (f) => (f.kind === "body: over the size limit" ? [413] : [400]),
      runsPerFamily: RUNS_PER_FAMILY,
      seed: SEED,
    });
    expectKinds(kinds, ["ciphertext: character flipped", "checksum: character flipped", "checksum: truncated", "encrypted with another key", "checksum of a different result", "ECB block swapped", "body: not JSON", "body: over the size limit"]);
    expect(await effectSnapshot()).toEqual(before);
    expect(await orderStatus(order.id)).toBe("PENDING");

    const first = await post(dingerWebhook, "/api/webhooks/dinger", delivery("genuine", body));
    expect([first.status, first.json]).toEqual([200, { status: "applied" }]);
    expect(await orderStatus(order.id)).toBe("PAID");
    const paid = await effectSnapshot();
    // Replays, also re-encoded (re-serialised outer JSON, upper-case checksum): the same message, no second effect.
    for (const replay of [body, JSON.stringify({ checksum: genuine.checksum, paymentResult: genuine.paymentResult }, null, 2), pairBody(genuine.paymentResult, genuine.checksum.toUpperCase())]) {
      const res = await post(dingerWebhook, "/api/webhooks/dinger", delivery("replay", replay));
      expect([res.status, res.json]).toEqual([200, { status: "duplicate" }]);
    }
    expect(await effectSnapshot()).toEqual(paid);
  }, 60_000);
});

const pairBody = (paymentResult: string, checksum: string) => JSON.stringify({ paymentResult, checksum });

describe("KBZPay notify forgeries", () => {
  it("refuses every forged or tampered notify with 400 (413 when huge), changes nothing, then pays once", async () => {
    const order = await pendingOrder("kbzpay");
    const credentials = { appId: env().KBZPAY_APP_ID, merchCode: env().KBZPAY_MERCHANT_CODE, appKey: env().KBZPAY_APP_KEY };
    const sandbox = await findSandboxPaymentByReference("KBZPAY", order.reference);
    // A notify for this order's payment, signed with the app key but not yet confirmed by the sandbox's record.
    const signedFor = (fields: { amount?: number; appKey?: string; reference?: string; status?: "PAY_SUCCESS" | "PAY_FAILED" } = {}) =>
      buildNotifyCallback({
        ...credentials,
        appKey: fields.appKey ?? credentials.appKey,
        reference: fields.reference ?? order.reference,
        mmOrderId: newMmOrderId("app", new Date()),
        amount: fields.amount ?? order.total,
        currency: "MMK",
        tradeStatus: fields.status ?? "PAY_SUCCESS",
        transEndTime: new Date(),
      }).body;
    const body = signedFor();
    const sign = /"sign":"([0-9A-F]{64})"/.exec(body)![1]!;
    const delivery = (kind: string, payload: string | Uint8Array, type: string | null = "application/json"): Forgery => ({ kind, body: payload, headers: headerList({ "content-type": type }) });
    const values = [...body.matchAll(/"([a-z_]+)":("[^"]*"|[0-9.]+)/g)].filter(([, k]) => k !== "sign" && k !== "sign_type");

    const forgeries = [
      // A signed value changed after signing: one character, whitespace inside it, or its number written differently.
      fc.tuple(fc.constantFrom(...values), fc.constantFrom("1", "0", " ", "X")).map(([[whole, name, value], c]) => {
        const changed = value!.startsWith('"') ? `"${value!.slice(1, -1)}${c}"` : `${value}${c === " " ? "0" : c === "X" ? "1" : c}`;
        return delivery(`signed value changed (${name})`, body.replace(whole, `"${name}":${changed}`));
      }),
      fc.constant(delivery("amount re-serialised as JSON reads it", body.replace(/"total_amount":([0-9.]+)/, (_m, n: string) => `"total_amount":${Number(n)}`))),
      tamperedValue(sign, "0123456789ABCDEF", "sign").map((v) => delivery(v.kind, body.replace(sign, v.value))),
      fc.constant(delivery("sign: lower-cased hex", body.replace(sign, sign.toLowerCase()))),
      fc.constant(delivery("sign of a different notify", body.replace(sign, /"sign":"([0-9A-F]{64})"/.exec(signedFor({ amount: 1 }))![1]!))),
      otherSecret(credentials.appKey).map((wrong) => delivery("signed with another app key", signedFor({ appKey: wrong }))),
      fc.constantFrom<[string, string]>(
        ["sign missing", body.replace(/,"sign":"[0-9A-F]+"/, "")],
        ["sign empty", body.replace(sign, "")],
        ["sign_type changed", body.replace('"sign_type":"SHA256"', '"sign_type":"MD5"')],
        ["sign_type missing", body.replace(',"sign_type":"SHA256"', "")],
        ["signed field added", body.replace('{"Request":{', '{"Request":{"extra":"1",')],
        ["trade_status duplicated", `${body.slice(0, -2)},"trade_status":"PAY_SUCCESS"}}`],
        ["sign duplicated", `${body.slice(0, -2)},"sign":"${sign}"}}`],
      ).map(([kind, payload]) => delivery(kind, payload)),
      fc.integer({ min: 1, max: 64 }).map((k) => delivery("body: truncated", body.slice(0, body.length - k))),
      fc.tuple(junkBody, contentType).map(([b, type]) => delivery(b.kind, b.value, type)),
      fc.constant(delivery("plain text success", "success", "text/plain")),
      hugeBody(LIMIT).map((b) => delivery(b.kind, b.value)),
    ];

    const before = await effectSnapshot();
    const kinds = await assertForgeriesRefused({
      provider: "KBZPay",
      handler: kbzpayWebhook,
      path: "/api/webhooks/kbzpay",
      forgeries,
      refusedWith: (f) => (f.kind === "body: over the size limit" ? [413] : [400]),
      runsPerFamily: RUNS_PER_FAMILY,
      seed: SEED,
    });
    expectKinds(kinds, ["signed value changed (total_amount)", "amount re-serialised as JSON reads it", "sign: character flipped", "sign: lower-cased hex", "signed with another app key", "sign missing", "body: not JSON", "body: over the size limit"]);
    expect(await effectSnapshot()).toEqual(before);
    expect(await orderStatus(order.id)).toBe("PENDING");

    // The genuine notify once KBZPay's own record says paid (the status query agrees): paid once, replays acknowledged.
    const settled = await settleSandboxPayment(sandbox!.id, "PAID", newMmOrderId("mmqr", new Date()));
    const genuine = sandboxNotifyCallback(settled, credentials).body;
    const first = await post(kbzpayWebhook, "/api/webhooks/kbzpay", delivery("genuine", genuine));
    expect([first.status, first.text]).toEqual([200, "success"]);
    expect(await orderStatus(order.id)).toBe("PAID");
    const paid = await effectSnapshot();
    for (const replay of [genuine, sandboxNotifyCallback(settled, credentials).body]) {
      const res = await post(kbzpayWebhook, "/api/webhooks/kbzpay", delivery("replay", replay));
      expect([res.status, res.text]).toEqual([200, "success"]);
    }
    expect(await effectSnapshot()).toEqual(paid);
  }, 60_000);
});
