// Deliberately not `server-only`: see access-log.ts.

/**
 * Keys whose values are never written to a log, at any depth, in objects and arrays alike:
 * personal data (phone, email, a message's recipient) and secrets (tokens, passwords, sign-in
 * codes, cookies, request bodies). Matched without regard to case, `-` or `_` (so `Authorization`,
 * `set-cookie` and `access_token` match too). Security-critical: callers must still never pass
 * such values (policy S8); this list is the net under that rule, not a licence to log them.
 * `code` is here for sign-in and OAuth codes, so error codes are logged as `errorCode`.
 */
export const REDACTED_KEYS = [
  "phone",
  "phoneNumber",
  "email",
  "to",
  "token",
  "accessToken",
  "refreshToken",
  "idToken",
  "password",
  "secret",
  "clientSecret",
  "apiKey",
  "authorization",
  "cookie",
  "setCookie",
  "code",
  "otp",
  "body",
] as const;

export const REDACT_CENSOR = "[redacted]";

/** Nesting below which values are not copied but replaced, so a cycle or a huge object cannot stall a log call. */
const MAX_DEPTH = 8;

const normalise = (key: string) => key.toLowerCase().replace(/[-_]/g, "");
const REDACTED = new Set(REDACTED_KEYS.map(normalise));

/**
 * A copy of a log line's fields with every redacted key's value censored. The caller's objects are
 * never modified (pino's path-based `redact` censors in place and, for a key nested in another
 * redacted key, can leave the caller's object censored: ADR 0046).
 */
export function redactFields(fields: Record<string, unknown>): Record<string, unknown> {
  return copy(fields, 0) as Record<string, unknown>;
}

function copy(value: unknown, depth: number): unknown {
  if (value === null || typeof value !== "object") return value;
  if (depth >= MAX_DEPTH) return "[too deep]";
  if (Array.isArray(value)) return value.map((item) => copy(item, depth + 1));
  // Dates, errors and other class instances serialise by their own rules: only plain data is walked.
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) out[key] = REDACTED.has(normalise(key)) ? REDACT_CENSOR : copy(inner, depth + 1);
  return out;
}
