import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { DeliveryError, type OutgoingMessage } from "@/lib/messaging/message";
import { at, emailContact, outcome, phoneContact } from "./otp-test-helpers";
import { requestOtp } from "./request-otp";

// Stands in for production delivery: a provider that is down, and a channel that is not configured.
const delivery = vi.hoisted(() => ({ down: false, smsConfigured: true, sent: [] as unknown[] }));
vi.mock("@/lib/messaging/get-sender", () => ({
  canSend: (channel: string) => channel === "EMAIL" || delivery.smsConfigured,
  getSender: () => ({
    async send(message: OutgoingMessage) {
      if (delivery.down) throw new DeliveryError(message.channel, "timeout");
      delivery.sent.push(message);
    },
  }),
}));

describe("requestOtp when delivery fails", () => {
  it("answers 503 and drops the undelivered code, so the person can retry at once", async () => {
    const contact = emailContact();
    delivery.down = true;
    const error = await requestOtp({ contact, ip: null, locale: "en" }, { now: at(0) }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "unavailable", status: 503, retryAfterSeconds: 30 });
    expect(await db.otpChallenge.count({ where: { destination: contact.value } })).toBe(0);
    delivery.down = false;
    expect(await outcome(requestOtp({ contact, ip: null, locale: "en" }, { now: at(5) }))).toBe("ok");
    expect(delivery.sent).toHaveLength(1);
  });

  it("refuses a channel production cannot deliver on with a 422 on that field, before any work", async () => {
    delivery.smsConfigured = false;
    const contact = phoneContact();
    const error = await requestOtp({ contact, ip: "203.0.113.30", locale: "my" }, { now: at(0) }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "validation_failed", details: [expect.objectContaining({ path: "body.phone", code: "channel_unavailable" })] });
    expect(await db.otpChallenge.count({ where: { destination: contact.value } })).toBe(0);
    expect(await db.rateLimitBucket.count({ where: { key: { contains: contact.value } } })).toBe(0);
  });
});
