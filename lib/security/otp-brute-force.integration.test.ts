import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { OTP, OTP_LIMITS } from "@/lib/auth/otp/otp-rules";
import { verifyOtpEndpoint } from "@/lib/api/auth-endpoints";
import { db } from "@/lib/db";
import { peekRateLimit } from "@/lib/rate-limit/rate-limit";
import { POST as requestRoute } from "@/app/api/v1/auth/otp/request/route";
import { POST as verifyRoute } from "@/app/api/v1/auth/otp/verify/route";
import { bruteForceBounds } from "./otp-brute-force-bounds";
import { codeFor, wrong } from "@/lib/auth/otp/otp-test-helpers";
import { attackerAt, type From, expectContractError, freshIp, freshPhone, inParallel, postFrom } from "./otp-brute-force-helpers";

// An attacker guessing one-time codes through the real HTTP routes, with the client address as the
// routes read it (X-Forwarded-For believed only from the trusted proxy, lib/http/client-ip.ts).
// Only Date is faked, so the fixed rate-limit windows can be crossed without waiting.
process.env.TRUSTED_PROXY_CIDRS = "10.0.0.0/8";

const HOUR_START = new Date("2031-06-02T10:00:00Z");
const at = (seconds: number) => vi.setSystemTime(new Date(HOUR_START.getTime() + seconds * 1000));

const requestCode = (phone: string, ip: From) => postFrom(requestRoute, "/api/v1/auth/otp/request", { phone }, ip);
const guess = (phone: string, code: string, ip: From, extra: Record<string, unknown> = {}) =>
  postFrom(verifyRoute, "/api/v1/auth/otp/verify", { phone, code, ageConfirmed: true, ...extra }, ip);
const comparedGuesses = async (phone: string) =>
  (await db.otpChallenge.aggregate({ where: { destination: phone }, _sum: { attempts: true } }))._sum.attempts ?? 0;

beforeAll(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
});
afterAll(() => {
  vi.useRealTimers();
});

describe("OTP brute force over HTTP", () => {
  it("one contact from many addresses: a code dies after 5 wrong tries; 5 codes an hour, then 429; 100 failures, then 429 even for a live code", async () => {
    const phone = freshPhone();
    at(0);
    const first = await requestCode(phone, freshIp());
    expect(first.status).toBe(202);
    const code = await codeFor(phone);
    for (let i = 0; i < OTP.maxWrongTriesPerCode; i++) expectContractError(await guess(phone, wrong(code), freshIp()), 400, "invalid_code");
    // The challenge is dead: the right code is refused, with or without its challenge id.
    expectContractError(await guess(phone, code, freshIp()), 400, "invalid_code");
    expectContractError(await guess(phone, code, freshIp(), { challengeId: first.json.challengeId }), 400, "invalid_code");
    expect(await db.user.count({ where: { phone } })).toBe(0);

    // Four more codes this hour (after the 60 s cooldown each), each guessed 5 times from fresh addresses.
    for (let send = 1; send < OTP_LIMITS.sendsPerContactHour.limit; send++) {
      at(send * (OTP.resendCooldownSeconds + 1));
      expect((await requestCode(phone, freshIp())).status).toBe(202);
      const live = await codeFor(phone);
      for (let i = 0; i < OTP.maxWrongTriesPerCode; i++) expectContractError(await guess(phone, wrong(live), freshIp()), 400, "invalid_code");
    }
    const sixthAt = OTP_LIMITS.sendsPerContactHour.limit * (OTP.resendCooldownSeconds + 1);
    at(sixthAt);
    const sixth = expectContractError(await requestCode(phone, freshIp()), 429, "rate_limited");
    expect(sixth.retryAfter).toBe(3600 - sixthAt);
    // Every comparison the attacker got this hour: the per-contact bound, measured.
    expect(await comparedGuesses(phone)).toBe(bruteForceBounds().comparisonsPerContactHour);

    // Keep failing from fresh addresses up to the contact's 100 failures; then even a live code is refused with 429.
    const failures = (await peekRateLimit(OTP_LIMITS.failuresPerContactHour, `phone:${phone}`, new Date())).count;
    for (const res of await inParallel(OTP_LIMITS.failuresPerContactHour.limit - failures, () => guess(phone, "000000", freshIp()))) {
      expectContractError(res, 400, "invalid_code");
    }
    at(3600 - 100);
    const locked = expectContractError(await guess(phone, "123456", freshIp()), 429, "rate_limited");
    expect(locked.retryAfter).toBe(100);
    expect(await comparedGuesses(phone)).toBe(bruteForceBounds().comparisonsPerContactHour);

    // The next hour the person can sign in again.
    at(3600 + 1);
    expect((await requestCode(phone, freshIp())).status).toBe(202);
    const ok = await guess(phone, await codeFor(phone), freshIp());
    expect(ok.status).toBe(200);
    console.log(`one contact: ${OTP.maxWrongTriesPerCode} wrong tries kill a code; ${await comparedGuesses(phone)} codes compared in the hour; 6th send → 429 (Retry-After ${sixth.retryAfter} s); 100 failures → 429 (Retry-After ${locked.retryAfter} s)`);
  }, 120_000);

  it("one address for many contacts: 429 after the verify route's limit, spoofed X-Forwarded-For does not help, 300 failures an hour close the address", async () => {
    const attacker = freshIp();
    const routeLimit = verifyOtpEndpoint.rateLimit.limit;
    at(0);
    const guessAll = async (from: Parameters<typeof guess>[2]) => {
      for (const res of await inParallel(routeLimit, () => guess(freshPhone(), "123456", from))) expectContractError(res, 400, "invalid_code");
    };
    await guessAll(attacker);
    const limited = expectContractError(await guess(freshPhone(), "123456", attacker), 429, "rate_limited");
    expect(limited.retryAfter).toBe(verifyOtpEndpoint.rateLimit.windowSeconds);

    // Connecting directly (not through the trusted proxy) and inventing X-Forwarded-For: keyed on the peer all the same.
    const direct = freshIp();
    await guessAll(attackerAt(direct));
    expectContractError(await guess(freshPhone(), "123456", attackerAt(direct)), 429, "rate_limited");

    // Window after window up to the address's 300 failures an hour; then a live code of another person is refused too.
    const windows = Math.ceil(OTP_LIMITS.failuresPerIpHour.limit / routeLimit);
    for (let w = 1; w < windows; w++) {
      at(w * verifyOtpEndpoint.rateLimit.windowSeconds);
      await guessAll(attacker);
    }
    at(windows * verifyOtpEndpoint.rateLimit.windowSeconds + 5);
    const victim = freshPhone();
    expect((await requestCode(victim, freshIp())).status).toBe(202);
    const closed = expectContractError(await guess(victim, await codeFor(victim), attacker), 429, "rate_limited");
    expect(closed.retryAfter).toBe(3600 - windows * verifyOtpEndpoint.rateLimit.windowSeconds - 5);
    expect(await db.user.count({ where: { phone: victim } })).toBe(0);
    console.log(`one address: ${routeLimit} verifies per ${verifyOtpEndpoint.rateLimit.windowSeconds} s then 429; closed after ${OTP_LIMITS.failuresPerIpHour.limit} failures/hour (Retry-After ${closed.retryAfter} s)`);
  }, 120_000);

  it("bounds the chance of guessing a code, across every cap", () => {
    const bounds = bruteForceBounds();
    console.log(
      `brute-force bounds: ${bounds.comparisonsPerContactHour} guesses/contact/hour → p ≤ ${bounds.perContactHour}; ` +
        `${bounds.comparisonsPerContactDay}/day → p ≤ ${bounds.perContactDay}; ${bounds.guessesPerIpHour} guesses/address/hour → p ≤ ${bounds.perIpHour}`,
    );
    expect(bounds.comparisonsPerContactHour).toBe(25);
    expect(bounds.perContactHour).toBeLessThanOrEqual(2.5e-5);
    expect(bounds.perContactDay).toBeLessThanOrEqual(5e-5);
    expect(bounds.perIpHour).toBeLessThanOrEqual(3e-4);
  });
});
