import { createHmac } from "node:crypto";
import Stripe from "stripe";
import { describe, expect, it } from "vitest";
import { eventPayload } from "./sandbox-events";
import { event, NOW, NOW_S, SECRET } from "./test-events";
import { verifyStripeWebhook, WebhookRejected, type WebhookRejectedReason } from "./verify-callback";

const body = eventPayload(event("checkout.session.completed"));
const header = (options: { payload?: string; secret?: string; timestamp?: number; scheme?: string } = {}) =>
  Stripe.webhooks.generateTestHeaderString({ payload: options.payload ?? body, secret: options.secret ?? SECRET, timestamp: options.timestamp ?? NOW_S, scheme: options.scheme });

function rejection(run: () => unknown): WebhookRejectedReason | "accepted" {
  try {
    run();
    return "accepted";
  } catch (error) {
    expect(error).toBeInstanceOf(WebhookRejected);
    return (error as WebhookRejected).reason;
  }
}

describe("verifyStripeWebhook: Stripe-Signature vectors", () => {
  it("accepts Stripe's own test header, which is v1 = hex HMAC-SHA256(secret, `${t}.${body}`)", () => {
    const independent = `t=${NOW_S},v1=${createHmac("sha256", SECRET).update(`${NOW_S}.${body}`, "utf8").digest("hex")}`;
    expect(header()).toBe(independent);
    const message = verifyStripeWebhook(body, independent, SECRET, NOW);
    expect(message).toMatchObject({ kind: "payment", result: { eventId: "evt_1TestEventId000000000001", outcome: "SUCCEEDED" } });
  });

  it("refuses a header made with another secret", () => {
    expect(rejection(() => verifyStripeWebhook(body, header({ secret: "whsec_someone_else" }), SECRET, NOW))).toBe("invalid_signature");
  });

  it("refuses a tampered body, even one changed by a single character", () => {
    const tampered = body.replace('"amount_total": 1500000', '"amount_total": 1500');
    expect(tampered).not.toBe(body);
    expect(rejection(() => verifyStripeWebhook(tampered, header(), SECRET, NOW))).toBe("invalid_signature");
    expect(rejection(() => verifyStripeWebhook(`${body} `, header(), SECRET, NOW))).toBe("invalid_signature");
  });

  it("refuses a signed timestamp older than 300 s, and accepts one exactly 300 s old", () => {
    expect(rejection(() => verifyStripeWebhook(body, header({ timestamp: NOW_S - 301 }), SECRET, NOW))).toBe("stale_timestamp");
    expect(rejection(() => verifyStripeWebhook(body, header({ timestamp: NOW_S - 300 }), SECRET, NOW))).toBe("accepted");
  });

  it("refuses a signed timestamp more than 300 s in the future (the SDK checks only the past)", () => {
    expect(rejection(() => verifyStripeWebhook(body, header({ timestamp: NOW_S + 301 }), SECRET, NOW))).toBe("stale_timestamp");
    expect(rejection(() => verifyStripeWebhook(body, header({ timestamp: NOW_S + 300 }), SECRET, NOW))).toBe("accepted");
  });

  it("refuses a missing or empty header", () => {
    expect(rejection(() => verifyStripeWebhook(body, null, SECRET, NOW))).toBe("missing_signature");
    expect(rejection(() => verifyStripeWebhook(body, "", SECRET, NOW))).toBe("missing_signature");
    expect(rejection(() => verifyStripeWebhook(body, "   ", SECRET, NOW))).toBe("missing_signature");
  });

  it("refuses a header with only a v0 signature, even a correct one", () => {
    const v0 = header({ scheme: "v0" });
    expect(v0).toMatch(/^t=\d+,v0=[0-9a-f]{64}$/);
    expect(rejection(() => verifyStripeWebhook(body, v0, SECRET, NOW))).toBe("invalid_signature");
  });

  it("refuses headers without a timestamp, with a changed timestamp, or with garbage", () => {
    const valid = header();
    const signature = valid.split(",v1=")[1]!;
    for (const bad of [`v1=${signature}`, `t=${NOW_S + 1},v1=${signature}`, "t=abc,v1=zz", "garbage", `t=${NOW_S},v1=${signature.slice(0, -1)}`]) {
      expect(rejection(() => verifyStripeWebhook(body, bad, SECRET, NOW)), bad).toBe("invalid_signature");
    }
  });

  it("accepts a header carrying several v1 signatures when one is ours (secret rotation)", () => {
    const ours = header().split(",v1=")[1]!;
    const rotated = `t=${NOW_S},v1=${"0".repeat(64)},v1=${ours}`;
    expect(rejection(() => verifyStripeWebhook(body, rotated, SECRET, NOW))).toBe("accepted");
  });

  it("never verifies with an empty secret", () => {
    expect(rejection(() => verifyStripeWebhook(body, header({ secret: " " }), " ", NOW))).toBe("invalid_signature");
    expect(rejection(() => verifyStripeWebhook(body, header(), "", NOW))).toBe("invalid_signature");
  });

  it("refuses a correctly signed body that is not JSON or not a Stripe event", () => {
    for (const payload of ["{not json", JSON.stringify({ hello: "world" }), JSON.stringify({ id: "evt_1", object: "event", type: "x" })]) {
      expect(rejection(() => verifyStripeWebhook(payload, header({ payload }), SECRET, NOW)), payload).toBe("malformed_payload");
    }
  });

  it("carries a reason and nothing of the request in the error", () => {
    try {
      verifyStripeWebhook(body, header({ secret: "whsec_other" }), SECRET, NOW);
      expect.unreachable();
    } catch (error) {
      const text = `${String(error)} ${JSON.stringify(error)}`;
      expect(text).not.toContain("cs_test_");
      expect(text).not.toContain(header().slice(-20));
    }
  });
});
