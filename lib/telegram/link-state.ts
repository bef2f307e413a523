import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

/**
 * Security-critical: the widget redirects to our callback with a GET, so without this a page
 * could send a victim's browser there with the ATTACKER's signed Telegram data and link the
 * attacker's Telegram to the victim's account (their notifications and course groups). The
 * callback URL we give the widget carries a `state` bound to the web session; the callback
 * refuses any other.
 */
export function linkState(sessionId: string): string {
  return createHmac("sha256", env().AUTH_SECRET).update(`telegram-link-state:${sessionId}`).digest("base64url");
}

export function verifyLinkState(sessionId: string, state: string | null | undefined): boolean {
  if (!state) return false;
  const expected = Buffer.from(linkState(sessionId));
  const received = Buffer.from(state);
  return expected.length === received.length && timingSafeEqual(expected, received);
}
