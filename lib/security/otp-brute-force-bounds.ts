import { OTP, OTP_LIMITS } from "@/lib/auth/otp/otp-rules";
import { verifyOtpEndpoint } from "@/lib/api/auth-endpoints";

/**
 * The most codes an attacker can compare, and the chance that one of them is right, under every
 * cap at once (lib/auth/otp/otp-rules.ts and the verify route's own limit). A guess succeeds with
 * probability 1 / 10^digits; by the union bound, n guesses succeed with probability at most n / 10^digits.
 */
export function bruteForceBounds() {
  const space = 10 ** OTP.digits;
  const hour = 3600;
  // One contact: each code it is sent takes at most 5 wrong comparisons, and the contact's failures are capped.
  const comparisonsPerContactHour = Math.min(OTP_LIMITS.sendsPerContactHour.limit * OTP.maxWrongTriesPerCode, OTP_LIMITS.failuresPerContactHour.limit);
  const comparisonsPerContactDay = Math.min(
    OTP_LIMITS.sendsPerContactDay.limit * OTP.maxWrongTriesPerCode,
    OTP_LIMITS.failuresPerContactHour.limit * 24,
  );
  // One address, many contacts: the route's per-address limit and the address's failure cap.
  const { limit, windowSeconds } = verifyOtpEndpoint.rateLimit;
  const guessesPerIpHour = Math.min(limit * Math.ceil(hour / windowSeconds), OTP_LIMITS.failuresPerIpHour.limit);
  return {
    comparisonsPerContactHour,
    comparisonsPerContactDay,
    guessesPerIpHour,
    perContactHour: comparisonsPerContactHour / space,
    perContactDay: comparisonsPerContactDay / space,
    perIpHour: guessesPerIpHour / space,
  };
}
