import { createCipheriv, createDecipheriv, createHash, timingSafeEqual } from "node:crypto";

/** Dinger's callback key is 32 characters, used as the 32 UTF-8 bytes of an AES-256 key. */
export const DINGER_CALLBACK_KEY_BYTES = 32;

/** The decrypted callback fields, in the order Dinger serialises them. */
export type DingerCallbackFields = {
  /** Whole kyat; Dinger sends a number, sometimes a numeric string. */
  totalAmount: number | string;
  /** "yyyyMMdd HHmmss", Myanmar time (see callback-result.ts). */
  createdAt: string;
  transactionStatus: string;
  methodName: string;
  merchantOrderId: string;
  customerName: string;
  transactionId: string;
  providerName: string;
};

/** The JSON body Dinger POSTs to the merchant's callback URL. */
export type DingerCallbackBody = { paymentResult: string; checksum: string };

function aesKey(callbackKey: string): Buffer {
  const key = Buffer.from(callbackKey, "utf8");
  // A configuration error, not a bad request: the caller answers 500 and logs it.
  if (key.length !== DINGER_CALLBACK_KEY_BYTES) throw new Error(`DINGER_CALLBACK_KEY must be ${DINGER_CALLBACK_KEY_BYTES} bytes`);
  return key;
}

/** hex SHA-256 of the decrypted JSON text: Dinger's `checksum` (unkeyed; the AES key authenticates). */
export function callbackChecksum(plaintext: string | Buffer): string {
  return createHash("sha256").update(plaintext).digest("hex");
}

/**
 * Dinger's side of the callback, byte for byte: `paymentResult` = base64(AES-256-ECB, PKCS7, key =
 * callback key) of the JSON text, `checksum` = hex SHA-256 of that same text. The sandbox sends
 * this; tests use it to play Dinger.
 */
export function encryptCallback(plaintextJson: string, callbackKey: string): DingerCallbackBody {
  const cipher = createCipheriv("aes-256-ecb", aesKey(callbackKey), null);
  const encrypted = Buffer.concat([cipher.update(plaintextJson, "utf8"), cipher.final()]);
  return { paymentResult: encrypted.toString("base64"), checksum: callbackChecksum(plaintextJson) };
}

/**
 * Builds a complete Dinger callback from its fields: the JSON text as Dinger writes it, the
 * encrypted body, and the raw request body to POST (Content-Type: application/json).
 */
export function buildDingerCallback(fields: DingerCallbackFields, callbackKey: string): DingerCallbackBody & { json: string; body: string } {
  const { totalAmount, createdAt, transactionStatus, methodName, merchantOrderId, customerName, transactionId, providerName } = fields;
  const json = JSON.stringify({ totalAmount, createdAt, transactionStatus, methodName, merchantOrderId, customerName, transactionId, providerName });
  const encrypted = encryptCallback(json, callbackKey);
  return { ...encrypted, json, body: JSON.stringify(encrypted) };
}

export type CallbackRejection = "malformed" | "undecryptable" | "checksum_mismatch";

/**
 * Security-critical: decrypts `paymentResult` with the callback key and accepts the text only when
 * its SHA-256 equals `checksum` (constant-time compare). Without the key nobody can produce a
 * ciphertext that decrypts to text matching a checksum of their choosing. A limit of Dinger's
 * scheme, not fixable here: ECB with an unkeyed checksum lets someone who holds a genuine
 * ciphertext AND knows its plaintext reorder its 16-byte blocks and recompute the checksum; the
 * callbacks travel server to server over TLS, and the amount and order are still checked against
 * our records afterwards (replay safety is the dedupe on transactionId + status).
 */
export function decryptCallback(body: DingerCallbackBody, callbackKey: string): { ok: true; plaintext: string } | { ok: false; reason: CallbackRejection } {
  const key = aesKey(callbackKey);
  const { paymentResult, checksum } = body;
  if (!/^[0-9a-fA-F]{64}$/.test(checksum)) return { ok: false, reason: "malformed" };
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(paymentResult) || paymentResult.length % 4 !== 0) return { ok: false, reason: "malformed" };
  const encrypted = Buffer.from(paymentResult, "base64");
  if (encrypted.length === 0 || encrypted.length % 16 !== 0) return { ok: false, reason: "malformed" };
  let decrypted: Buffer;
  try {
    const decipher = createDecipheriv("aes-256-ecb", key, null);
    decrypted = Buffer.concat([decipher.update(encrypted), decipher.final()]);
  } catch {
    return { ok: false, reason: "undecryptable" }; // bad PKCS7 padding
  }
  const expected = createHash("sha256").update(decrypted).digest();
  if (!timingSafeEqual(expected, Buffer.from(checksum, "hex"))) return { ok: false, reason: "checksum_mismatch" };
  try {
    return { ok: true, plaintext: new TextDecoder("utf-8", { fatal: true }).decode(decrypted) };
  } catch {
    return { ok: false, reason: "undecryptable" };
  }
}
