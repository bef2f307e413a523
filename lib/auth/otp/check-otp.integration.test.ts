import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/http/errors";
import { peekRateLimit } from "@/lib/rate-limit/rate-limit";
import { checkOtp } from "./check-otp";
import { consumeOtp } from "./consume-otp";
import { contactSubject } from "./otp-failures";
import { OTP_LIMITS } from "./otp-rules";
import { at, codeFor, emailContact, outcome, phoneContact, uniqueIp, verify, wrong } from "./otp-test-helpers";
import { requestOtp } from "./request-otp";

describe("checkOtp / consumeOtp", () => {
  it("brute force: a code dies after 5 wrong tries, a contact after 100 failures an hour, the 6th send in the hour is refused", async () => {
    const contact = phoneContact();
    const ip = uniqueIp();
    await requestOtp({ contact, ip, locale: "en" }, { now: at(0) });
    const first = await codeFor(contact.value);

    // Per code: wrong guesses until even the right code stops working (bounded loop).
    let wrongTries = 0;
    for (let i = 0; i < 20; i++) {
      expect(await verify({ contact, code: wrong(first), ip }, at(1))).toBe("invalid_code");
      wrongTries += 1;
      if ((await verify({ contact, code: first, ip }, at(1))) !== "ok") break;
    }
    expect(wrongTries).toBe(5);

    // Per contact: keep failing (dead code) up to 97 failures, then probe with a fresh, live code.
    let failures = wrongTries + 1; // + the refused right code above
    while (failures < 97) {
      expect(await verify({ contact, code: "000000", ip }, at(2))).toBe("invalid_code");
      failures += 1;
    }
    await requestOtp({ contact, ip, locale: "en" }, { now: at(61) });
    const second = await codeFor(contact.value);
    let blockedAt: number | undefined;
    for (let i = 0; i < 10; i++) {
      if ((await verify({ contact, code: second, ip }, at(62))) !== "ok") {
        blockedAt = failures;
        break;
      }
      expect(await verify({ contact, code: wrong(second), ip }, at(62))).toBe("invalid_code");
      failures += 1;
    }
    expect(blockedAt).toBe(100); // the second code had only 3 wrong tries: the contact cap refused it

    // Within the hour even a fresh code is refused (rate_limited); sends stop at 5 an hour.
    await requestOtp({ contact, ip, locale: "en" }, { now: at(123) });
    expect(await verify({ contact, code: await codeFor(contact.value), ip }, at(124))).toBe("rate_limited");
    await requestOtp({ contact, ip, locale: "en" }, { now: at(184) });
    await requestOtp({ contact, ip, locale: "en" }, { now: at(245) });
    const sixth = await requestOtp({ contact, ip, locale: "en" }, { now: at(306) }).catch((e: unknown) => e);
    expect(sixth).toBeInstanceOf(AppError);
    expect(sixth).toMatchObject({ code: "rate_limited", status: 429, retryAfterSeconds: 3600 - 306 });

    // The next hour: a new code works again.
    await requestOtp({ contact, ip, locale: "en" }, { now: at(3601) });
    expect(await verify({ contact, code: await codeFor(contact.value), ip }, at(3602))).toBe("ok");
    console.log(
      `brute force: code dead after ${wrongTries} wrong tries; account blocked after ${blockedAt} failures/hour; ` +
        `6th send within the hour → 429 (Retry-After ${(sixth as AppError).retryAfterSeconds} s); unblocked in the next hour`,
    );
  });

  it("counts failures even though the caller's transaction rolls back", async () => {
    const contact = emailContact();
    const { challengeId } = await requestOtp({ contact, ip: null, locale: "en" }, { now: at(0) });
    const code = await codeFor(contact.value);
    expect(await verify({ contact, code: wrong(code), ip: "203.0.113.9" }, at(5))).toBe("invalid_code");
    expect((await db.otpChallenge.findUniqueOrThrow({ where: { bindingId: challengeId } })).attempts).toBe(1);
    expect((await peekRateLimit(OTP_LIMITS.failuresPerContactHour, contactSubject(contact), at(5))).count).toBe(1);
    expect((await peekRateLimit(OTP_LIMITS.failuresPerIpHour, "203.0.113.9", at(5))).count).toBe(1);
    // A right code does not use up a try, so it stays usable for the retry after a refusal.
    expect(await verify({ contact, code, ip: null }, at(6))).toBe("ok");
    expect(await verify({ contact, code, ip: null }, at(7))).toBe("ok");
    expect((await db.otpChallenge.findUniqueOrThrow({ where: { bindingId: challengeId } })).attempts).toBe(1);
  });

  it("refuses an expired code (valid for 5 minutes)", async () => {
    const contact = phoneContact();
    const { challengeId } = await requestOtp({ contact, ip: null, locale: "my" }, { now: at(0) });
    const code = await codeFor(contact.value);
    expect(await verify({ contact, code, ip: null }, at(299))).toBe("ok");
    expect(await verify({ contact, code, challengeId, ip: null }, at(300))).toBe("invalid_code");
    await expect(db.$transaction((tx) => consumeOtp(tx, challengeId, { now: at(300) }))).rejects.toMatchObject({ code: "invalid_code" });
  });

  it("is single use: a consumed code is refused, and a second consume fails", async () => {
    const contact = phoneContact();
    await requestOtp({ contact, ip: null, locale: "en" }, { now: at(0) });
    const code = await codeFor(contact.value);
    const { challengeId } = await db.$transaction(async (tx) => {
      const checked = await checkOtp(tx, { contact, code, ip: null }, { now: at(10) });
      await consumeOtp(tx, checked.challengeId, { now: at(10) });
      return checked;
    });
    expect(await verify({ contact, code, ip: null }, at(11))).toBe("invalid_code");
    expect(await outcome(db.$transaction((tx) => consumeOtp(tx, challengeId, { now: at(11) })))).toBe("invalid_code");
  });

  it("of two concurrent sign-ins with the same code, exactly one consumes it", async () => {
    const contact = phoneContact();
    await requestOtp({ contact, ip: null, locale: "en" }, { now: at(0) });
    const code = await codeFor(contact.value);
    const signIn = () =>
      outcome(
        db.$transaction(async (tx) => {
          const { challengeId } = await checkOtp(tx, { contact, code, ip: null }, { now: at(10) });
          await consumeOtp(tx, challengeId, { now: at(10) });
        }),
      );
    const results = await Promise.all([signIn(), signIn(), signIn()]);
    expect(results.filter((r) => r === "ok")).toHaveLength(1);
    expect(results.filter((r) => r === "invalid_code")).toHaveLength(2);
  });

  it("allows at most 5 comparisons per code even under concurrent guessing", async () => {
    const contact = phoneContact();
    const { challengeId } = await requestOtp({ contact, ip: null, locale: "en" }, { now: at(0) });
    const code = await codeFor(contact.value);
    const results = await Promise.all(Array.from({ length: 12 }, () => verify({ contact, code: wrong(code), ip: null }, at(3))));
    expect(new Set(results)).toEqual(new Set(["invalid_code"]));
    expect((await db.otpChallenge.findUniqueOrThrow({ where: { bindingId: challengeId } })).attempts).toBe(5);
    expect(await verify({ contact, code, ip: null }, at(4))).toBe("invalid_code");
  });

  it("binds a code to the newest request: superseded and other challenges' codes fail", async () => {
    const contact = phoneContact();
    const older = await requestOtp({ contact, ip: null, locale: "en" }, { now: at(0) });
    const olderCode = await codeFor(contact.value);
    const newer = await requestOtp({ contact, ip: null, locale: "en" }, { now: at(61) });
    const newerCode = await codeFor(contact.value);
    if (olderCode !== newerCode) expect(await verify({ contact, code: olderCode, ip: null }, at(62))).toBe("invalid_code");
    expect(await verify({ contact, code: newerCode, challengeId: older.challengeId, ip: null }, at(62))).toBe("invalid_code");
    expect(await verify({ contact, code: newerCode, challengeId: "made-up", ip: null }, at(62))).toBe("invalid_code");

    // Another contact's challenge and code do not open this one.
    const other = emailContact();
    const otherChallenge = await requestOtp({ contact: other, ip: null, locale: "en" }, { now: at(61) });
    const otherCode = await codeFor(other.value);
    expect(await verify({ contact, code: newerCode, challengeId: otherChallenge.challengeId, ip: null }, at(62))).toBe("invalid_code");
    if (otherCode !== newerCode) expect(await verify({ contact, code: otherCode, ip: null }, at(62))).toBe("invalid_code");

    expect(await verify({ contact, code: newerCode, challengeId: newer.challengeId, ip: null }, at(62))).toBe("ok");
    expect(await verify({ contact, code: newerCode, ip: null }, at(62))).toBe("ok");
  });

  it("answers invalid_code for a contact that never asked, for malformed codes, and for the wrong purpose of use", async () => {
    const contact = phoneContact();
    expect(await verify({ contact, code: "123456", ip: null }, at(0))).toBe("invalid_code");
    await requestOtp({ contact, ip: null, locale: "en" }, { now: at(0) });
    for (const code of ["", "12345", "1234567", "abcdef", " 123456", "１２３４５６"]) {
      expect(await verify({ contact, code, ip: null }, at(1))).toBe("invalid_code");
    }
  });
});
