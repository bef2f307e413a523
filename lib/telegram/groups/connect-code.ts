import "server-only";
import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

/** How long a code shown on the dashboard stays valid (at least; see `expiryFor`). */
export const CONNECT_CODE_TTL_MS = 24 * 3600_000;
const BUCKET_MS = 3600_000;
const MAC_BYTES = 16;
const BODY_BYTES = 16 + 16 + 4;
const CODE_PATTERN = /^[A-Za-z0-9_-]{70}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type ConnectTarget = { courseId: string; centerId: string };

let cachedKey: { secret: string; key: Buffer } | undefined;

/**
 * Security-critical: the MAC key is derived from AUTH_SECRET with HKDF under its own label, so a
 * connect code can never be mistaken for (or forged from) any other use of the same secret.
 */
function macKey(): Buffer {
  const secret = env().AUTH_SECRET;
  if (cachedKey?.secret !== secret) cachedKey = { secret, key: Buffer.from(hkdfSync("sha256", secret, "mmso", "mmso/telegram-group-connect/v1", 32)) };
  return cachedKey.key;
}

const mac = (body: Buffer) => createHmac("sha256", macKey()).update(body).digest().subarray(0, MAC_BYTES);

/**
 * The expiry of a code issued at `now`: the next hour boundary plus 24 h, so the code on the page
 * stays the same for an hour (reloads do not change it) and is valid for 24–25 h.
 */
export function expiryFor(now: Date): Date {
  return new Date(Math.floor(now.getTime() / BUCKET_MS) * BUCKET_MS + BUCKET_MS + CONNECT_CODE_TTL_MS);
}

/**
 * A stateless code binding a Telegram group to (course, center): ids, expiry (unix seconds) and a
 * truncated HMAC, base64url — 70 characters with no punctuation Telegram would break up.
 */
export function createConnectCode(target: ConnectTarget, now = new Date()): { code: string; expiresAt: Date } {
  if (!UUID.test(target.courseId) || !UUID.test(target.centerId)) throw new Error("connect code targets must be uuids");
  const expiresAt = expiryFor(now);
  const body = Buffer.alloc(BODY_BYTES);
  Buffer.from(target.courseId.replaceAll("-", ""), "hex").copy(body, 0);
  Buffer.from(target.centerId.replaceAll("-", ""), "hex").copy(body, 16);
  body.writeUInt32BE(Math.floor(expiresAt.getTime() / 1000), 32);
  return { code: Buffer.concat([body, mac(body)]).toString("base64url"), expiresAt };
}

/** The (course, center) of a genuine, unexpired code; null for anything else (tampered, expired, malformed). */
export function verifyConnectCode(code: string, now = new Date()): ConnectTarget | null {
  if (!CODE_PATTERN.test(code)) return null;
  const raw = Buffer.from(code, "base64url");
  if (raw.length !== BODY_BYTES + MAC_BYTES) return null;
  const body = raw.subarray(0, BODY_BYTES);
  if (!timingSafeEqual(raw.subarray(BODY_BYTES), mac(body))) return null;
  if (body.readUInt32BE(32) * 1000 <= now.getTime()) return null;
  return { courseId: uuid(body.subarray(0, 16)), centerId: uuid(body.subarray(16, 32)) };
}

function uuid(bytes: Buffer): string {
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The code of a `/connect <code>` command (also `/connect@BotName <code>`, as Telegram sends it in groups), or null. */
export function parseConnectCommand(text: string): string | null {
  const match = /^\/connect(?:@[A-Za-z0-9_]{1,64})?(?:\s+(\S+))?\s*$/.exec(text.trim());
  return match ? (match[1] ?? "") : null;
}
