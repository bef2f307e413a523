import type { VerifiedMessage } from "../types";
import { decryptCallback, type CallbackRejection } from "./callback-crypto";
import { readDingerCallback } from "./callback-result";

export type DingerCallbackVerdict =
  | { ok: true; message: VerifiedMessage }
  | { ok: false; code: "invalid_json" | "invalid_signature" | "bad_request"; reason: CallbackRejection | "invalid_json" | "unreadable_result" };

/**
 * Security-critical: the raw body of `POST /api/webhooks/dinger` → a verified, normalised message,
 * or the reason it was refused. Nothing is trusted before decryption and checksum succeed; the
 * reasons are fixed codes (safe to log), never parts of the body.
 */
export function verifyDingerCallback(rawBody: string, callbackKey: string, receivedAt = new Date()): DingerCallbackVerdict {
  let outer: unknown;
  try {
    outer = JSON.parse(rawBody);
  } catch {
    return { ok: false, code: "invalid_json", reason: "invalid_json" };
  }
  const { paymentResult, checksum } = (outer && typeof outer === "object" ? outer : {}) as Record<string, unknown>;
  if (typeof paymentResult !== "string" || typeof checksum !== "string") return { ok: false, code: "invalid_signature", reason: "malformed" };
  const decrypted = decryptCallback({ paymentResult, checksum }, callbackKey);
  if (!decrypted.ok) return { ok: false, code: "invalid_signature", reason: decrypted.reason };
  const message = readDingerCallback(decrypted.plaintext, receivedAt);
  return message ? { ok: true, message } : { ok: false, code: "bad_request", reason: "unreadable_result" };
}
