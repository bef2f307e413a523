import type { RateLimitRule } from "@/lib/http/endpoint";

/**
 * The one-time password rules (docs: integrations.md "One-time passwords"). Security-critical:
 * every number here is part of the brute-force and SMS-pumping budget, change them together.
 * With these values one contact can receive at most 5 codes an hour and 10 a day, each open to
 * 5 wrong guesses: ≤ 50 guesses a day, a 1 in 20,000 chance against a 6-digit code.
 */
export const OTP = {
  digits: 6,
  ttlSeconds: 5 * 60,
  maxWrongTriesPerCode: 5,
  resendCooldownSeconds: 60,
} as const;

const HOUR = 3600;
const DAY = 24 * HOUR;

/** Fixed windows (hour on the hour, day at 00:00 UTC) in the shared rate-limit store. */
export const OTP_LIMITS = {
  sendsPerContactHour: { bucket: "otp.send.contact.hour", limit: 5, windowSeconds: HOUR },
  sendsPerContactDay: { bucket: "otp.send.contact.day", limit: 10, windowSeconds: DAY },
  sendsPerIpHour: { bucket: "otp.send.ip.hour", limit: 20, windowSeconds: HOUR },
  sendsPerIpDay: { bucket: "otp.send.ip.day", limit: 100, windowSeconds: DAY },
  /** "Account" = the normalized contact: codes are never linked to a user (no enumeration). */
  failuresPerContactHour: { bucket: "otp.fail.contact.hour", limit: 100, windowSeconds: HOUR },
  /** Bounds guessing from one address across many contacts; generous because of carrier NAT. */
  failuresPerIpHour: { bucket: "otp.fail.ip.hour", limit: 300, windowSeconds: HOUR },
} as const satisfies Record<string, RateLimitRule>;
