import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signZoomWebhook, urlValidationResponse, verifyZoomWebhook } from "./verify-webhook";

const secret = "zoom-test-secret-token";
const body = '{"event":"meeting.started","payload":{"object":{"id":"85012345678","topic":"မြန်မာ"}},"event_ts":1700000000000}';
const now = 1_700_000_100_000;
const ts = String(now / 1000 - 100);

describe("Zoom webhook signature", () => {
  it("matches an HMAC computed independently over v0:timestamp:rawBody", () => {
    const expected = `v0=${createHmac("sha256", secret).update(`v0:${ts}:${body}`).digest("hex")}`;
    expect(signZoomWebhook(secret, ts, body)).toBe(expected);
    expect(verifyZoomWebhook({ rawBody: body, signature: expected, timestamp: ts }, secret, now)).toBe(true);
  });

  it("refuses another secret, a changed body, a changed timestamp and missing headers", () => {
    const signature = signZoomWebhook(secret, ts, body);
    expect(verifyZoomWebhook({ rawBody: body, signature, timestamp: ts }, "other", now)).toBe(false);
    expect(verifyZoomWebhook({ rawBody: body.replace("started", "ended"), signature, timestamp: ts }, secret, now)).toBe(false);
    expect(verifyZoomWebhook({ rawBody: body, signature, timestamp: String(Number(ts) + 1) }, secret, now)).toBe(false);
    expect(verifyZoomWebhook({ rawBody: body, signature: null, timestamp: ts }, secret, now)).toBe(false);
    expect(verifyZoomWebhook({ rawBody: body, signature, timestamp: null }, secret, now)).toBe(false);
    expect(verifyZoomWebhook({ rawBody: body, signature: signature.slice(0, -1), timestamp: ts }, secret, now)).toBe(false);
  });

  it("refuses a timestamp more than five minutes old or ahead", () => {
    const old = String(now / 1000 - 301);
    expect(verifyZoomWebhook({ rawBody: body, signature: signZoomWebhook(secret, old, body), timestamp: old }, secret, now)).toBe(false);
    const edge = String(now / 1000 - 300);
    expect(verifyZoomWebhook({ rawBody: body, signature: signZoomWebhook(secret, edge, body), timestamp: edge }, secret, now)).toBe(true);
    const ahead = String(now / 1000 + 301);
    expect(verifyZoomWebhook({ rawBody: body, signature: signZoomWebhook(secret, ahead, body), timestamp: ahead }, secret, now)).toBe(false);
  });

  it("answers url_validation with the HMAC of the plain token", () => {
    const answer = urlValidationResponse(secret, "qgg8vlvZRS6UYooatFL8Aw");
    expect(answer).toEqual({
      plainToken: "qgg8vlvZRS6UYooatFL8Aw",
      encryptedToken: createHmac("sha256", secret).update("qgg8vlvZRS6UYooatFL8Aw").digest("hex"),
    });
    expect(answer.encryptedToken).toMatch(/^[0-9a-f]{64}$/);
  });
});
