import "server-only";
import type { Contact } from "@/lib/contact/normalize-contact";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/http/errors";
import { codeMatches } from "./otp-code";
import { giveTryBack, mayTryCode, recordCodeFailure, reserveTry } from "./otp-failures";
import { OTP } from "./otp-rules";

export type CheckOtpInput = { contact: Contact; code: string; challengeId?: string; ip: string | null; purpose?: "LOGIN" };

/**
 * Validates a code without consuming it (the caller may still refuse, e.g. a new account without
 * age confirmation, and the code must stay usable for the retry); `consumeOtp` in the same
 * transaction makes it single-use. Security-critical: every failure (no code, expired, used,
 * superseded, other challenge, 5 wrong tries, wrong code) is counted and answers the same
 * `invalid_code`; past a failure cap (100 an hour per contact, 300 per address) the answer is
 * `rate_limited` with the window's end, whether or not an account exists (codes are per contact,
 * never per user). Counters are written outside `tx` (on the counter pool), so that the caller's
 * rollback cannot erase them.
 */
export async function checkOtp(tx: Tx, input: CheckOtpInput, options: { now?: Date } = {}): Promise<{ challengeId: string }> {
  const now = options.now ?? new Date();
  const fail = async (): Promise<never> => {
    await recordCodeFailure(input.contact, input.ip, now);
    throw new AppError("invalid_code");
  };

  // Past a failure cap nothing is compared: the caller is told to wait (429, Retry-After), and the
  // refusal still counts, so hammering a closed window keeps it closed.
  const may = await mayTryCode(input.contact, input.ip, now);
  if (!may.allowed) {
    await recordCodeFailure(input.contact, input.ip, now);
    throw new AppError("rate_limited", { retryAfterSeconds: may.retryAfterSeconds });
  }
  // Only the newest code of a contact is valid: a new request supersedes the older ones.
  const latest = await tx.otpChallenge.findFirst({
    where: { destination: input.contact.value, purpose: input.purpose ?? "LOGIN" },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, bindingId: true, codeHash: true, expiresAt: true, consumedAt: true, attempts: true },
  });
  if (
    !latest ||
    (input.challengeId !== undefined && input.challengeId !== latest.bindingId) ||
    latest.consumedAt !== null ||
    latest.expiresAt <= now ||
    latest.attempts >= OTP.maxWrongTriesPerCode
  ) {
    return fail();
  }
  // Reserve a try before comparing: even concurrent guesses get at most 5 comparisons per code.
  if (!(await reserveTry(latest.id)) || !codeMatches(latest.bindingId, input.code, latest.codeHash)) return fail();
  // A right code gives its try back: only wrong tries count towards the limit.
  await giveTryBack(latest.id);
  return { challengeId: latest.bindingId };
}
