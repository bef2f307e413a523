import "server-only";
import type { Contact } from "@/lib/contact/normalize-contact";
import { counterPool } from "@/lib/rate-limit/counter-pool";
import { consumeRateLimit, peekRateLimit } from "@/lib/rate-limit/rate-limit";
import { OTP, OTP_LIMITS } from "./otp-rules";
import { rateLimitKeyForIp } from "@/lib/http/client-ip";

export const contactSubject = (contact: Contact) => `${contact.kind}:${contact.value}`;

/**
 * Whether the contact (and the address) may still try a code this hour; when not, the seconds
 * until the failure window that refused it ends (the Retry-After of the 429).
 */
export async function mayTryCode(contact: Contact, ip: string | null, now: Date): Promise<{ allowed: boolean; retryAfterSeconds: number }> {
  const checks = await Promise.all([
    peekRateLimit(OTP_LIMITS.failuresPerContactHour, contactSubject(contact), now),
    ...(ip ? [peekRateLimit(OTP_LIMITS.failuresPerIpHour, rateLimitKeyForIp(ip), now)] : []),
  ]);
  const refused = checks.filter((c) => !c.allowed);
  return { allowed: refused.length === 0, retryAfterSeconds: Math.max(0, ...refused.map((c) => c.retryAfterSeconds)) };
}

/** Counts one failed verification, outside any transaction, so it survives the caller's rollback. */
export async function recordCodeFailure(contact: Contact, ip: string | null, now: Date): Promise<void> {
  await Promise.all([
    consumeRateLimit(OTP_LIMITS.failuresPerContactHour, contactSubject(contact), now),
    ip ? consumeRateLimit(OTP_LIMITS.failuresPerIpHour, rateLimitKeyForIp(ip), now) : null,
  ]);
}

/** Takes one of the code's tries, unless all are used; outside any transaction, like the counters. */
export async function reserveTry(challengeRowId: string): Promise<boolean> {
  const { rowCount } = await counterPool().query("UPDATE otp_challenges SET attempts = attempts + 1 WHERE id = $1::uuid AND attempts < $2", [
    challengeRowId,
    OTP.maxWrongTriesPerCode,
  ]);
  return rowCount === 1;
}

export async function giveTryBack(challengeRowId: string): Promise<void> {
  await counterPool().query("UPDATE otp_challenges SET attempts = attempts - 1 WHERE id = $1::uuid AND attempts > 0", [challengeRowId]);
}
