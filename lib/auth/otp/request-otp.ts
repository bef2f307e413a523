import "server-only";
import { env } from "@/lib/env";
import type { Contact } from "@/lib/contact/normalize-contact";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/http/errors";
import type { Locale } from "@/lib/i18n/locales";
import { log } from "@/lib/log";
import { canSend, getSender } from "@/lib/messaging/get-sender";
import { consumeRateLimits } from "@/lib/rate-limit/rate-limit";
import { generateChallengeId, generateCode, hashCode } from "./otp-code";
import { contactSubject } from "./otp-failures";
import { otpMessage } from "./otp-message";
import { OTP, OTP_LIMITS } from "./otp-rules";
import { rateLimitKeyForIp } from "@/lib/http/client-ip";

export type RequestOtpInput = { contact: Contact; ip: string | null; locale: Locale; purpose?: "LOGIN" };
export type RequestOtpResult = { challengeId: string; expiresInSeconds: number; resendAfterSeconds: number };

/**
 * Issues a sign-in code to a phone or email and supersedes the contact's earlier codes.
 * Security-critical: never looks up the user, so the answer, the database work and the timing are
 * the same whether or not an account exists. Throws `rate_limited` during the resend cooldown or
 * past a send cap (per contact and per address, hourly and daily: SMS pumping is real fraud).
 */
export async function requestOtp(input: RequestOtpInput, options: { now?: Date } = {}): Promise<RequestOtpResult> {
  const now = options.now ?? new Date();
  const { contact, ip } = input;
  const channel = contact.kind === "phone" ? "SMS" : "EMAIL";
  if (!canSend(channel)) {
    throw new AppError("validation_failed", {
      details: [{ path: `body.${contact.kind}`, code: "channel_unavailable", message: "Sign-in codes cannot be sent this way now; use email" }],
    });
  }
  const code = generateCode();
  const challengeId = generateChallengeId();

  await db.$transaction(async (tx) => {
    // One issuer at a time per contact, so two quick requests cannot both pass the cooldown.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`otp:${contact.value}`}, 0))`;
    await enforceCooldown(tx, contact, now);
    await enforceSendCaps(contact, ip, now);
    await tx.otpChallenge.create({
      data: {
        channel,
        purpose: input.purpose ?? "LOGIN",
        destination: contact.value,
        codeHash: hashCode(challengeId, code),
        expiresAt: new Date(now.getTime() + OTP.ttlSeconds * 1000),
        bindingId: challengeId,
        ip,
        createdAt: now,
      },
    });
  });

  try {
    await getSender(channel).send(otpMessage({ channel, to: contact.value, code, locale: input.locale }));
  } catch (error) {
    // Undelivered: drop the challenge so the cooldown does not hold back a retry (the caps still count).
    await db.otpChallenge.deleteMany({ where: { bindingId: challengeId } });
    log.warn("otp.delivery_failed", { channel, reason: (error as { reason?: unknown }).reason ?? "unknown" });
    throw new AppError("unavailable", { retryAfterSeconds: 30 });
  }
  return { challengeId, expiresInSeconds: OTP.ttlSeconds, resendAfterSeconds: OTP.resendCooldownSeconds };
}

async function enforceCooldown(tx: Tx, contact: Contact, now: Date) {
  const latest = await tx.otpChallenge.findFirst({
    where: { destination: contact.value },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { createdAt: true },
  });
  if (!latest) return;
  const elapsedMs = now.getTime() - latest.createdAt.getTime();
  const waitMs = OTP.resendCooldownSeconds * 1000 - Math.max(0, elapsedMs);
  if (waitMs > 0) throw new AppError("rate_limited", { retryAfterSeconds: Math.ceil(waitMs / 1000) });
}

/** Counts the send against every cap, or refuses it without counting it anywhere. */
async function enforceSendCaps(contact: Contact, ip: string | null, now: Date) {
  const subject = contactSubject(contact);
  const refused = await consumeRateLimits(
    [
      { rule: OTP_LIMITS.sendsPerContactHour, subject },
      { rule: OTP_LIMITS.sendsPerContactDay, subject },
      // Without a known address (e.g. a server action behind no proxy) only the contact caps apply.
      ...(ip
        ? [
            { rule: { ...OTP_LIMITS.sendsPerIpHour, limit: env().OTP_DEMO_SENDS_PER_IP_HOUR ?? OTP_LIMITS.sendsPerIpHour.limit }, subject: rateLimitKeyForIp(ip) },
            { rule: OTP_LIMITS.sendsPerIpDay, subject: rateLimitKeyForIp(ip) },
          ]
        : []),
    ],
    now,
  );
  if (refused.length > 0) {
    throw new AppError("rate_limited", { retryAfterSeconds: Math.max(...refused.map((r) => r.retryAfterSeconds)) });
  }
}
