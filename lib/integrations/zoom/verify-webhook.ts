import { createHmac, timingSafeEqual } from "node:crypto";

/** Zoom's requests older (or further in the future) than this are refused as replays. */
export const ZOOM_WEBHOOK_TOLERANCE_SECONDS = 300;

export type ZoomSignedRequest = {
  /** The body exactly as received (`await req.text()`), never a re-serialised JSON. */
  rawBody: string;
  signature: string | null;
  /** `x-zm-request-timestamp`: Unix seconds. */
  timestamp: string | null;
};

/** `"v0=" + hex HMAC-SHA256(secretToken, "v0:" + timestamp + ":" + rawBody)` (integrations.md). */
export function signZoomWebhook(secretToken: string, timestamp: string, rawBody: string): string {
  return `v0=${createHmac("sha256", secretToken).update(`v0:${timestamp}:${rawBody}`, "utf8").digest("hex")}`;
}

/**
 * Security-critical: true only for a fresh request whose `x-zm-signature` is the HMAC of the raw
 * body under our secret token, compared in constant time.
 */
export function verifyZoomWebhook(request: ZoomSignedRequest, secretToken: string, nowMs = Date.now()): boolean {
  const { signature, timestamp, rawBody } = request;
  if (!signature || !timestamp || !/^\d{1,12}$/.test(timestamp)) return false;
  if (Math.abs(nowMs / 1000 - Number(timestamp)) > ZOOM_WEBHOOK_TOLERANCE_SECONDS) return false;
  const expected = Buffer.from(signZoomWebhook(secretToken, timestamp, rawBody), "utf8");
  const received = Buffer.from(signature, "utf8");
  return received.length === expected.length && timingSafeEqual(received, expected);
}

/** The answer to `endpoint.url_validation`: `{ plainToken, encryptedToken: hex HMAC-SHA256(secretToken, plainToken) }`. */
export function urlValidationResponse(secretToken: string, plainToken: string): { plainToken: string; encryptedToken: string } {
  return { plainToken, encryptedToken: createHmac("sha256", secretToken).update(plainToken, "utf8").digest("hex") };
}
