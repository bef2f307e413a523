import { z } from "zod";
import type { PaymentOutcome, VerifiedMessage } from "../types";

/** Dinger's transaction statuses (integrations.md) and what each means for our order's payment. */
// A Map, not an object literal: a status such as "constructor" must not find Object.prototype.
export const DINGER_STATUS_OUTCOME: ReadonlyMap<string, PaymentOutcome> = new Map([
  ["SUCCESS", "SUCCEEDED"],
  ["SETTLED", "SUCCEEDED"],
  ["PENDING", "PENDING"],
  ["CANCELLED", "CANCELLED"],
  ["TIMEOUT", "EXPIRED"],
  ["DECLINED", "FAILED"],
  ["ERROR", "FAILED"],
  ["SYSTEM_ERROR", "FAILED"],
]);

const amount = z
  .union([z.number(), z.string().trim().regex(/^\d{1,15}(\.\d{1,4})?$/).transform(Number)])
  .pipe(z.number().finite().nonnegative());

// Unknown keys are dropped: customerName (personal data) and anything Dinger may add never reach the record.
const callbackSchema = z.object({
  totalAmount: z.union([z.number(), z.string().max(32)]),
  createdAt: z.string().max(40).nullish(),
  transactionStatus: z.string().trim().min(1).max(40),
  methodName: z.string().max(100).nullish(),
  merchantOrderId: z.string().trim().min(1).max(100),
  transactionId: z.string().trim().min(1).max(100),
  providerName: z.string().max(100).nullish(),
});

/** Myanmar Standard Time is UTC+06:30 all year (no daylight saving). */
const MYANMAR_OFFSET_MS = 6.5 * 60 * 60 * 1000;

/**
 * Reads Dinger's `createdAt` ("yyyyMMdd HHmmss"). Dinger's docs give no zone; it is read as Myanmar
 * time (UTC+06:30), Dinger being a Myanmar gateway whose sample ("20210916 085254") is a local
 * business hour. Returns null for anything else (the caller then uses the time of receipt).
 */
export function parseDingerTime(text: string): Date | null {
  const m = /^(\d{4})(\d{2})(\d{2}) (\d{2})(\d{2})(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  const utc = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(utc);
  // Date.UTC rolls 20210230 over to March: refuse instead of guessing.
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) return null;
  return new Date(utc - MYANMAR_OFFSET_MS);
}

/** Writes a Date as Dinger's "yyyyMMdd HHmmss" in Myanmar time (the sandbox's callbacks). */
export function formatDingerTime(date: Date): string {
  const local = new Date(date.getTime() + MYANMAR_OFFSET_MS).toISOString(); // "2021-09-16T08:52:54.000Z"
  return `${local.slice(0, 4)}${local.slice(5, 7)}${local.slice(8, 10)} ${local.slice(11, 13)}${local.slice(14, 16)}${local.slice(17, 19)}`;
}

/**
 * Turns a verified callback's decrypted JSON into the normalised message. Returns null when the
 * text is not a Dinger result (the webhook answers 400). eventId = `${transactionId}:${status}`, so a
 * repeated callback dedupes and a later status of the same transaction does not. An unknown status
 * is kept as an "other" message: stored, no state change.
 */
export function readDingerCallback(plaintext: string, receivedAt: Date): VerifiedMessage | null {
  let json: unknown;
  try {
    json = JSON.parse(plaintext);
  } catch {
    return null;
  }
  const parsed = callbackSchema.safeParse(json);
  if (!parsed.success) return null;
  const fields = parsed.data;
  const total = amount.safeParse(fields.totalAmount);
  if (!total.success) return null;
  const status = fields.transactionStatus.toUpperCase();
  const record = {
    totalAmount: fields.totalAmount,
    createdAt: fields.createdAt ?? null,
    transactionStatus: fields.transactionStatus,
    methodName: fields.methodName ?? null,
    merchantOrderId: fields.merchantOrderId,
    transactionId: fields.transactionId,
    providerName: fields.providerName ?? null,
  };
  const eventId = `${fields.transactionId}:${status}`;
  const eventType = `dinger.${status}`;
  const outcome = DINGER_STATUS_OUTCOME.get(status);
  if (!outcome) return { kind: "other", provider: "DINGER", eventId, eventType, reference: fields.merchantOrderId, record };
  return {
    kind: "payment",
    result: {
      provider: "DINGER",
      eventId,
      eventType,
      reference: fields.merchantOrderId,
      outcome,
      transactionId: fields.transactionId,
      amount: total.data,
      currency: "MMK",
      method: fields.providerName || fields.methodName || null,
      feeAmount: null,
      occurredAt: (fields.createdAt ? parseDingerTime(fields.createdAt) : null) ?? receivedAt,
      record,
    },
  };
}
