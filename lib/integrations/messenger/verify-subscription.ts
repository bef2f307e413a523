import { timingSafeEqual } from "node:crypto";

/**
 * Meta's webhook subscription handshake: `hub.mode=subscribe` and a `hub.verify_token` equal to
 * ours → echo `hub.challenge`; anything else → null (the route answers 403).
 */
export function verifySubscription(query: URLSearchParams, verifyToken: string): string | null {
  if (query.get("hub.mode") !== "subscribe") return null;
  const token = Buffer.from(query.get("hub.verify_token") ?? "");
  const expected = Buffer.from(verifyToken);
  if (token.length !== expected.length || !timingSafeEqual(token, expected)) return null;
  return query.get("hub.challenge");
}
