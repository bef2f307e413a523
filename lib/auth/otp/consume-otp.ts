import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/http/errors";
import { OTP } from "./otp-rules";

/**
 * Marks a checked code used, inside the caller's transaction (a rollback leaves it usable).
 * Race-safe single use: the conditional update matches only an unused, live code, so of two
 * concurrent sign-ins with the same code exactly one succeeds; the other gets `invalid_code`.
 */
export async function consumeOtp(tx: Tx, challengeId: string, options: { now?: Date } = {}): Promise<void> {
  const now = options.now ?? new Date();
  const { count } = await tx.otpChallenge.updateMany({
    where: { bindingId: challengeId, consumedAt: null, expiresAt: { gt: now }, attempts: { lt: OTP.maxWrongTriesPerCode } },
    data: { consumedAt: now },
  });
  if (count === 0) throw new AppError("invalid_code");
}
