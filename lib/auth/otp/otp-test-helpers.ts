import { randomInt } from "node:crypto";
import type { Contact } from "@/lib/contact/normalize-contact";
import { db } from "@/lib/db";
import { listDevMessages } from "@/lib/dev-outbox/dev-outbox";
import { AppError } from "@/lib/http/errors";
import { unique } from "@/lib/testing/factories";
import { checkOtp, type CheckOtpInput } from "./check-otp";

// Test helpers for the OTP integration tests (not a test file itself).

/** Start of an hour (and inside one UTC day), so "within the hour" means the same fixed window. */
export const BASE = new Date("2031-05-01T10:00:00Z");
export const at = (seconds: number) => new Date(BASE.getTime() + seconds * 1000);

export const phoneContact = (): Contact => ({ kind: "phone", value: `+9597${String(randomInt(0, 1e8)).padStart(8, "0")}` });
export const emailContact = (): Contact => ({ kind: "email", value: `${unique("otp")}@example.com` });
export const uniqueIp = () => `198.51.${randomInt(0, 256)}.${randomInt(0, 256)}-${unique("ip")}`;

/** The code of the newest message the development outbox holds for `to`. */
export async function codeFor(to: string): Promise<string> {
  const [message] = await listDevMessages({ to, limit: 1 });
  const code = /\b\d{6}\b/.exec(message?.body ?? "")?.[0];
  if (!code) throw new Error(`no code in the outbox for ${to}`);
  return code;
}

/** A code that is certainly wrong. */
export const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, "0");

/**
 * Runs checkOtp the way a sign-in does, inside a transaction, and always rolls that transaction
 * back (as a refused sign-in would): what persists is only what checkOtp wrote outside it.
 */
export async function verify(input: CheckOtpInput, now: Date): Promise<"ok" | string> {
  const rollback = new Error("rollback");
  try {
    await db.$transaction(async (tx) => {
      await checkOtp(tx, input, { now });
      throw rollback;
    });
  } catch (error) {
    if (error === rollback) return "ok";
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return "unreachable";
}

/** Resolves to the AppError code a promise is rejected with, or "ok". */
export async function outcome(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}
