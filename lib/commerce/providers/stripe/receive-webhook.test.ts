import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { env } from "@/lib/env";
import { eventPayload, signedDelivery } from "./sandbox-events";
import { event, NOW, NOW_S } from "./test-events";

// applyVerifiedMessage is another module's job (and needs the database): here only the handoff.
const apply = vi.hoisted(() => vi.fn());
vi.mock("@/lib/commerce/apply-verified-message", () => ({ applyVerifiedMessage: apply }));

const { receiveStripeWebhook } = await import("./receive-webhook");

// The configured secret (the public demo default unless STRIPE_WEBHOOK_SECRET is set).
const secret = env().STRIPE_WEBHOOK_SECRET;
const payload = eventPayload(event("checkout.session.completed"));
const signed = (body = payload, key = secret) => signedDelivery(body, key, NOW_S).headers["stripe-signature"]!;

let stderr: string[];
beforeEach(() => {
  apply.mockReset();
  stderr = [];
  vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    stderr.push(String(chunk));
    return true;
  });
});
afterEach(() => vi.restoreAllMocks());

describe("receiveStripeWebhook", () => {
  it("hands a verified event to applyVerifiedMessage and acknowledges every outcome with 200", async () => {
    for (const status of ["applied", "duplicate", "ignored", "rejected"] as const) {
      apply.mockResolvedValueOnce({ status, orderId: null });
      const reply = await receiveStripeWebhook({ rawBody: payload, signature: signed() }, NOW);
      expect(reply).toEqual({ status: 200, body: { received: true } });
    }
    expect(apply).toHaveBeenCalledTimes(4);
    expect(apply.mock.calls[0]![0]).toMatchObject({ kind: "payment", result: { provider: "STRIPE", reference: "MMSO_2026_ABC123", amount: 15_000 } });
  });

  it("answers 500 when applying fails, so that Stripe retries", async () => {
    apply.mockRejectedValueOnce(new Error("database down"));
    const reply = await receiveStripeWebhook({ rawBody: payload, signature: signed() }, NOW);
    expect(reply.status).toBe(500);
    expect(stderr.join("")).not.toContain("database down");
  });

  it("answers 400 invalid_signature without applying anything, and logs the reason only", async () => {
    for (const signature of [null, signed(payload, "whsec_not_ours"), signed(payload.replace("1500000", "1500"))]) {
      const reply = await receiveStripeWebhook({ rawBody: payload, signature }, NOW);
      expect(reply).toEqual({ status: 400, body: { error: { code: "invalid_signature", message: "Invalid signature" } } });
    }
    expect(apply).not.toHaveBeenCalled();
    const lines = stderr.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((l) => [l.event, l.provider, l.reason])).toEqual([
      ["webhook.rejected", "STRIPE", "missing_signature"],
      ["webhook.rejected", "STRIPE", "invalid_signature"],
      ["webhook.rejected", "STRIPE", "invalid_signature"],
    ]);
    const logged = stderr.join("");
    expect(logged).not.toContain("cs_test_");
    expect(logged).not.toContain("MMSO_2026_ABC123");
    expect(logged).not.toContain(secret);
    expect(logged).not.toContain("v1=");
  });

  it("answers 400 to a stale delivery", async () => {
    const stale = signedDelivery(payload, secret, NOW_S - 301).headers["stripe-signature"]!;
    expect((await receiveStripeWebhook({ rawBody: payload, signature: stale }, NOW)).status).toBe(400);
    expect(apply).not.toHaveBeenCalled();
  });
});
