import fc from "fast-check";
import Stripe from "stripe";
import { describe, expect, it } from "vitest";
import { eventPayload, sessionEvent } from "./sandbox-events";
import { facts, NOW, NOW_S, SECRET } from "./test-events";
import { verifyStripeWebhook, WebhookRejected } from "./verify-callback";

/*
 * Security-critical property: nothing but a body signed with our secret within the last 300 s
 * verifies. 1,000 forged or mutated deliveries, five kinds of attack; every one must be refused
 * with WebhookRejected (never accepted, never another exception).
 */

const body = eventPayload(sessionEvent("checkout.session.completed", facts(), { id: "evt_genuine", created: NOW_S }));
const bodyBytes = new TextEncoder().encode(body);
const sign = (payload: string, secret = SECRET, timestamp = NOW_S) => Stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp });
const decode = (bytes: Uint8Array) => new TextDecoder("utf-8", { fatal: false }).decode(bytes);

type Delivery = { kind: string; body: string; header: string | null };

const randomBody: fc.Arbitrary<Delivery> = fc
  .tuple(fc.oneof(fc.string({ maxLength: 400 }), fc.json({ maxDepth: 3 }), fc.constant(body)), fc.option(fc.string({ maxLength: 200 }), { nil: null }))
  .map(([b, header]) => ({ kind: "random body and header", body: b, header }));

const bitFlip: fc.Arbitrary<Delivery> = fc
  .tuple(fc.nat({ max: bodyBytes.length - 1 }), fc.nat({ max: 7 }))
  .map(([index, bit]) => {
    const bytes = bodyBytes.slice();
    bytes[index] = bytes[index]! ^ (1 << bit);
    return { kind: "bit flip of a signed body", body: decode(bytes), header: sign(body) };
  });

const randomHeader: fc.Arbitrary<Delivery> = fc
  .oneof(
    fc.string({ maxLength: 300 }),
    fc.tuple(fc.integer({ min: NOW_S - 200, max: NOW_S }), fc.stringMatching(/^[0-9a-f]{64}$/)).map(([t, hex]) => `t=${t},v1=${hex}`),
    fc.tuple(fc.nat({ max: 63 }), fc.constantFrom(..."0123456789abcdef")).map(([i, c]) => {
      const valid = sign(body);
      const at = valid.indexOf("v1=") + 3 + i;
      const mutated = valid.slice(0, at) + c + valid.slice(at + 1);
      return mutated === valid ? valid.replace("v1=", "v0=") : mutated;
    }),
  )
  .map((header) => ({ kind: "random or mutated header", body, header }));

const otherBodysHeader: fc.Arbitrary<Delivery> = fc
  .record({ amount: fc.integer({ min: 1, max: 10_000_000 }), reference: fc.stringMatching(/^[A-Za-z0-9_]{1,40}$/) })
  .filter(({ amount, reference }) => amount !== 15_000 || reference !== "MMSO_2026_ABC123")
  .map(({ amount, reference }) => {
    const other = eventPayload(sessionEvent("checkout.session.completed", facts({ amount, reference }), { id: "evt_genuine", created: NOW_S }));
    return { kind: "valid header for another body", body, header: sign(other) };
  });

const wrongSecret: fc.Arbitrary<Delivery> = fc
  .oneof(fc.string({ minLength: 1, maxLength: 80 }), fc.stringMatching(/^whsec_[A-Za-z0-9]{1,40}$/))
  .filter((secret) => secret !== SECRET && secret.trim() !== "")
  .map((secret) => ({ kind: "signed with another secret", body, header: sign(body, secret) }));

const stale: fc.Arbitrary<Delivery> = fc
  .integer({ min: 301, max: 10_000_000 })
  .map((age) => ({ kind: "replayed after 300 s", body, header: sign(body, SECRET, NOW_S - age) }));

describe("Stripe webhook forgery", () => {
  it("refuses 1,000 forged or mutated deliveries", () => {
    const started = performance.now();
    const kinds = new Map<string, number>();
    fc.assert(
      fc.property(fc.oneof(randomBody, bitFlip, randomHeader, otherBodysHeader, wrongSecret, stale), (delivery) => {
        kinds.set(delivery.kind, (kinds.get(delivery.kind) ?? 0) + 1);
        // The untouched genuine pair is not a forgery.
        if (delivery.body === body && delivery.header === sign(body)) return;
        expect(() => verifyStripeWebhook(delivery.body, delivery.header, SECRET, NOW)).toThrow(WebhookRejected);
      }),
      { numRuns: 1000, seed: 20261120 },
    );
    expect([...kinds.keys()]).toHaveLength(6);
    expect([...kinds.values()].reduce((a, b) => a + b, 0)).toBe(1000);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it("still accepts the genuine delivery (the property above is not vacuous)", () => {
    expect(verifyStripeWebhook(body, sign(body), SECRET, NOW)).toMatchObject({ kind: "payment", result: { eventId: "evt_genuine" } });
  });
});
