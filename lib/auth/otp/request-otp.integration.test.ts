import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listDevMessages } from "@/lib/dev-outbox/dev-outbox";
import { AppError } from "@/lib/http/errors";
import { createUser } from "@/lib/testing/factories";
import { at, codeFor, emailContact, outcome, phoneContact, uniqueIp, verify } from "./otp-test-helpers";
import { requestOtp } from "./request-otp";

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

async function rowCounts() {
  const [row] = await db.$queryRaw<{ otp: bigint; buckets: bigint; outbox: bigint; users: bigint; bucket_total: bigint }[]>`
    SELECT (SELECT count(*) FROM otp_challenges) AS otp, (SELECT count(*) FROM rate_limit_buckets) AS buckets,
           (SELECT coalesce(sum(count), 0) FROM rate_limit_buckets) AS bucket_total,
           (SELECT count(*) FROM dev_messages) AS outbox, (SELECT count(*) FROM users) AS users`;
  return Object.fromEntries(Object.entries(row ?? {}).map(([k, v]) => [k, Number(v)]));
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

describe("requestOtp", () => {
  it("sends the code in the person's language: SMS in Burmese, email in English with a subject", async () => {
    const phone = phoneContact();
    const sms = await requestOtp({ contact: phone, ip: "203.0.113.20", locale: "my" }, { now: at(0) });
    expect(sms).toEqual({ challengeId: expect.stringMatching(/^[\w-]{24}$/), expiresInSeconds: 300, resendAfterSeconds: 60 });
    const [text] = await listDevMessages({ to: phone.value });
    expect(text).toMatchObject({ channel: "SMS", subject: null });
    expect(text?.body).toMatch(/^MMSO ကုဒ်: \d{6}။ သက်တမ်း ၅ မိနစ်။/);

    const email = emailContact();
    await requestOtp({ contact: email, ip: "203.0.113.20", locale: "en" }, { now: at(0) });
    const [mail] = await listDevMessages({ to: email.value });
    expect(mail).toMatchObject({ channel: "EMAIL", subject: "Your MMSO sign-in code" });
    expect(mail?.body).toMatch(/^MMSO code: \d{6}\. Valid 5 minutes\. Never share it\.$/);
    expect(await verify({ contact: email, code: await codeFor(email.value), ip: null }, at(1))).toBe("ok");
  });

  it("stores only a hash, bound to the challenge, with a 5-minute expiry", async () => {
    const contact = phoneContact();
    const { challengeId } = await requestOtp({ contact, ip: "203.0.113.21", locale: "en" }, { now: at(0) });
    const code = await codeFor(contact.value);
    const row = await db.otpChallenge.findUniqueOrThrow({ where: { bindingId: challengeId } });
    expect(row).toMatchObject({ channel: "SMS", purpose: "LOGIN", destination: contact.value, ip: "203.0.113.21", attempts: 0, consumedAt: null });
    expect(row.expiresAt).toEqual(at(300));
    expect(row.codeHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(code);
  });

  it("holds a resend cooldown of 60 s per contact", async () => {
    const contact = phoneContact();
    await requestOtp({ contact, ip: null, locale: "en" }, { now: at(0) });
    const early = await refusal(requestOtp({ contact, ip: null, locale: "en" }, { now: at(30) }));
    expect(early).toMatchObject({ code: "rate_limited", retryAfterSeconds: 30 });
    expect(await outcome(requestOtp({ contact, ip: null, locale: "en" }, { now: at(60) }))).toBe("ok");
  });

  it("caps sends per contact: 5 an hour, 10 a day", async () => {
    const contact = emailContact();
    const sends = async (fromSecond: number) => {
      let accepted = 0;
      for (let i = 0; i < 8; i++) {
        if ((await outcome(requestOtp({ contact, ip: null, locale: "en" }, { now: at(fromSecond + i * 61) }))) !== "ok") break;
        accepted += 1;
      }
      return accepted;
    };
    expect(await sends(0)).toBe(5);
    expect(await sends(3600)).toBe(5);
    const nextDayIn = (24 - 12) * 3600; // BASE is 10:00 UTC; this request is at 12:00
    expect(await refusal(requestOtp({ contact, ip: null, locale: "en" }, { now: at(7200) }))).toMatchObject({ retryAfterSeconds: nextDayIn });
  });

  it("caps sends per address: 20 an hour, 100 a day (and none without a known address)", async () => {
    const ip = uniqueIp();
    let accepted = 0;
    for (let i = 0; i < 25; i++) {
      if ((await outcome(requestOtp({ contact: phoneContact(), ip, locale: "en" }, { now: at(i) }))) !== "ok") break;
      accepted += 1;
    }
    expect(accepted).toBe(20);
    expect(await refusal(requestOtp({ contact: phoneContact(), ip, locale: "en" }, { now: at(100) }))).toMatchObject({ code: "rate_limited", retryAfterSeconds: 3500 });

    const busy = uniqueIp();
    for (let hour = 0; hour < 5; hour++) {
      for (let i = 0; i < 20; i++) await requestOtp({ contact: emailContact(), ip: busy, locale: "en" }, { now: at(hour * 3600 + i) });
    }
    const daily = await refusal(requestOtp({ contact: emailContact(), ip: busy, locale: "en" }, { now: at(5 * 3600) }));
    expect(daily.retryAfterSeconds).toBe((24 - 15) * 3600);
    console.log(`per-IP caps: ${accepted} sends/hour, then 429; 100 sends/day, then 429 until 00:00 UTC`);

    for (let i = 0; i < 25; i++) await requestOtp({ contact: phoneContact(), ip: null, locale: "en" }, { now: at(i) });
  });

  it("answers the same, does the same database work and takes the same time with or without an account", async () => {
    const withAccount = await Promise.all(Array.from({ length: 20 }, async () => ({ kind: "phone" as const, value: (await createUser()).phone ?? "" })));
    const withoutAccount = Array.from({ length: 20 }, phoneContact);
    const shape = (r: Record<string, unknown>) => Object.entries(r).map(([k, v]) => [k, typeof v, k === "challengeId" ? 0 : v]);
    await requestOtp({ contact: phoneContact(), ip: uniqueIp(), locale: "my" }); // warm-up

    const timings: Record<"with" | "without", number[]> = { with: [], without: [] };
    const effects: Record<"with" | "without", string[]> = { with: [], without: [] };
    const shapes: Record<"with" | "without", string[]> = { with: [], without: [] };
    for (let i = 0; i < 20; i++) {
      for (const [kind, contact] of [["with", withAccount[i]], ["without", withoutAccount[i]]] as const) {
        if (!contact) throw new Error("missing contact");
        const before = await rowCounts();
        const started = performance.now();
        const result = await requestOtp({ contact, ip: uniqueIp(), locale: "my" });
        timings[kind].push(performance.now() - started);
        const after = await rowCounts();
        effects[kind].push(JSON.stringify(Object.fromEntries(Object.keys(after).map((k) => [k, (after[k] ?? 0) - (before[k] ?? 0)]))));
        shapes[kind].push(JSON.stringify(shape(result)));
      }
    }
    expect(new Set(shapes.with)).toEqual(new Set(shapes.without));
    expect(new Set(shapes.with).size).toBe(1);
    expect(new Set(effects.with)).toEqual(new Set(effects.without));
    expect(JSON.parse(effects.with[0] ?? "{}")).toEqual({ otp: 1, buckets: 4, bucket_total: 4, outbox: 1, users: 0 });
    const difference = Math.abs(mean(timings.with) - mean(timings.without));
    console.log(
      `enumeration: mean requestOtp ${mean(timings.with).toFixed(1)} ms with an account, ${mean(timings.without).toFixed(1)} ms without (Δ ${difference.toFixed(1)} ms)`,
    );
    expect(difference).toBeLessThan(30);
  });
});
