import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";

const B64URL = /^[A-Za-z0-9_-]+={0,2}$/;
const payloadSchema = z.object({ user_id: z.string().min(1).max(64), algorithm: z.string().optional() });

/**
 * Security-critical: Meta's `signed_request` (`b64url(sig).b64url(payload)`), where sig is the
 * HMAC-SHA256 of the payload SEGMENT (the base64url text as sent) with the app secret. Returns the
 * app-scoped user id, or null for anything forged, malformed or signed with another algorithm.
 */
export function readSignedRequest(signedRequest: string, appSecret: string): { userId: string } | null {
  const parts = signedRequest.trim().split(".");
  if (parts.length !== 2) return null;
  const [sigPart, payloadPart] = parts as [string, string];
  if (!B64URL.test(sigPart) || !B64URL.test(payloadPart)) return null;
  const given = Buffer.from(sigPart, "base64url");
  const expected = createHmac("sha256", appSecret).update(payloadPart).digest();
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(payloadPart, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const payload = payloadSchema.safeParse(json);
  if (!payload.success) return null;
  if (payload.data.algorithm !== undefined && payload.data.algorithm.toUpperCase() !== "HMAC-SHA256") return null;
  return { userId: payload.data.user_id };
}

/**
 * The confirmation code of a verified signed request: a keyed hash of its payload segment (which
 * Meta dates with issued_at), so a repeated callback gets the same code and records nothing new,
 * while the code reveals nothing of the user id without the app secret. 64 bits, 16 hex digits.
 */
export function signedRequestConfirmationCode(signedRequest: string, appSecret: string): string {
  const payloadPart = signedRequest.trim().split(".")[1] ?? "";
  return createHmac("sha256", appSecret).update(`data-deletion-code:${payloadPart}`).digest().subarray(0, 8).toString("hex").toUpperCase();
}
