import "server-only";
import { createHash, createHmac, timingSafeEqual } from "node:crypto";

/** Who the Login Widget says signed in, after verification. */
export type TelegramIdentity = {
  id: number;
  firstName: string | null;
  lastName: string | null;
  username: string | null;
  photoUrl: string | null;
  authDate: Date;
};

export type VerifyFailure = "missing_field" | "unknown_field" | "malformed" | "bad_hash" | "stale" | "from_future";
export type VerifyResult = { ok: true; identity: TelegramIdentity } | { ok: false; reason: VerifyFailure };

export type VerifyOptions = {
  botToken: string;
  now?: Date;
  /** How old `auth_date` may be (ADR 0030: one day, Telegram's own examples use the same). */
  maxAgeSeconds?: number;
  /** Clock skew tolerated for an `auth_date` in the future. */
  futureSkewSeconds?: number;
};

export const LOGIN_MAX_AGE_SECONDS = 24 * 60 * 60;
export const LOGIN_FUTURE_SKEW_SECONDS = 5 * 60;

const WIDGET_FIELDS = new Set(["id", "first_name", "last_name", "username", "photo_url", "auth_date", "hash"]);
const HEX_HASH = /^[0-9a-f]{64}$/;
const INTEGER = /^[1-9]\d{0,15}$/;

/** `k=v` of every field but `hash`, sorted by key, joined by "\n" (integrations.md). */
export function dataCheckString(fields: Readonly<Record<string, string>>): string {
  return Object.keys(fields)
    .filter((key) => key !== "hash")
    .sort()
    .map((key) => `${key}=${fields[key]}`)
    .join("\n");
}

/** The Login Widget's hash of `fields` for a bot: hex HMAC-SHA256(key = SHA256(token) bytes, data_check_string). */
export function loginWidgetHash(fields: Readonly<Record<string, string>>, botToken: string): string {
  const key = createHash("sha256").update(botToken).digest();
  return createHmac("sha256", key).update(dataCheckString(fields)).digest("hex");
}

/** Mini App initData's hash: secret = HMAC-SHA256(key "WebAppData", token); hex HMAC-SHA256(secret, dcs). */
export function miniAppHash(fields: Readonly<Record<string, string>>, botToken: string): string {
  const secret = createHmac("sha256", "WebAppData").update(botToken).digest();
  return createHmac("sha256", secret).update(dataCheckString(fields)).digest("hex");
}

/** Security-critical: constant-time comparison of two hex SHA-256 digests. */
function sameHash(expected: string, received: string): boolean {
  return HEX_HASH.test(received) && timingSafeEqual(Buffer.from(expected, "hex"), Buffer.from(received, "hex"));
}

function checkAge(authDate: string, options: VerifyOptions): VerifyFailure | Date {
  if (!INTEGER.test(authDate)) return "malformed";
  const seconds = Number(authDate);
  const now = (options.now ?? new Date()).getTime() / 1000;
  if (seconds > now + (options.futureSkewSeconds ?? LOGIN_FUTURE_SKEW_SECONDS)) return "from_future";
  if (now - seconds > (options.maxAgeSeconds ?? LOGIN_MAX_AGE_SECONDS)) return "stale";
  return new Date(seconds * 1000);
}

/**
 * Security-critical: verifies Login Widget data (as received: query parameters or the JSON
 * callback's values as strings). Only the widget's documented fields are accepted, `id`,
 * `auth_date` and `hash` are required, the hash is checked before anything else is believed, and
 * an old or future `auth_date` is refused (a captured login cannot be replayed after a day).
 */
export function verifyLoginWidget(fields: Readonly<Record<string, string>>, options: VerifyOptions): VerifyResult {
  const keys = Object.keys(fields);
  if (keys.some((key) => !WIDGET_FIELDS.has(key))) return { ok: false, reason: "unknown_field" };
  if (!fields.id || !fields.auth_date || !fields.hash) return { ok: false, reason: "missing_field" };
  if (!sameHash(loginWidgetHash(fields, options.botToken), fields.hash)) return { ok: false, reason: "bad_hash" };
  if (!INTEGER.test(fields.id)) return { ok: false, reason: "malformed" };
  const authDate = checkAge(fields.auth_date, options);
  if (!(authDate instanceof Date)) return { ok: false, reason: authDate };
  return {
    ok: true,
    identity: {
      id: Number(fields.id),
      firstName: fields.first_name || null,
      lastName: fields.last_name || null,
      username: fields.username || null,
      photoUrl: fields.photo_url || null,
      authDate,
    },
  };
}

export type MiniAppResult = { ok: true; user: { id: number; firstName: string | null; username: string | null }; authDate: Date; fields: Record<string, string> } | { ok: false; reason: VerifyFailure };

/**
 * Security-critical: verifies a Mini App's `initData` query string. Every received field but
 * `hash` is signed (new fields Telegram adds included), so unknown fields are allowed here; a
 * repeated key is refused (which copy was signed would be ambiguous).
 */
export function verifyMiniAppInitData(initData: string, options: VerifyOptions): MiniAppResult {
  const params = new URLSearchParams(initData);
  const fields: Record<string, string> = {};
  for (const [key, value] of params) {
    if (key in fields) return { ok: false, reason: "malformed" };
    fields[key] = value;
  }
  if (!fields.hash || !fields.auth_date || !fields.user) return { ok: false, reason: "missing_field" };
  if (!sameHash(miniAppHash(fields, options.botToken), fields.hash)) return { ok: false, reason: "bad_hash" };
  const authDate = checkAge(fields.auth_date, options);
  if (!(authDate instanceof Date)) return { ok: false, reason: authDate };
  let user: unknown;
  try {
    user = JSON.parse(fields.user);
  } catch {
    return { ok: false, reason: "malformed" };
  }
  const u = user as { id?: unknown; first_name?: unknown; username?: unknown } | null;
  if (typeof u?.id !== "number" || !Number.isSafeInteger(u.id) || u.id <= 0) return { ok: false, reason: "malformed" };
  return {
    ok: true,
    user: { id: u.id, firstName: typeof u.first_name === "string" ? u.first_name : null, username: typeof u.username === "string" ? u.username : null },
    authDate,
    fields,
  };
}
