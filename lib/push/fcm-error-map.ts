import type { BatchResponse } from "firebase-admin/messaging";
import type { BatchOutcome, PushFailure } from "./transport";

// firebase-admin's client codes (FirebaseMessagingError.code is "messaging/<code>"); FCM v1's
// UNREGISTERED, SENDER_ID_MISMATCH, QUOTA_EXCEEDED, UNAVAILABLE, INTERNAL… arrive mapped to these.
const BY_CODE: Record<string, PushFailure> = {
  "registration-token-not-registered": "unregistered",
  "installation-id-not-registered": "unregistered",
  "invalid-registration-token": "invalid_token",
  "mismatched-credential": "sender_mismatch",
  "invalid-argument": "invalid_argument",
  "message-rate-exceeded": "quota_exceeded",
  "device-message-rate-exceeded": "quota_exceeded",
  "topics-message-rate-exceeded": "quota_exceeded",
  "server-unavailable": "unavailable",
  "internal-error": "internal",
  "unknown-error": "internal",
  "third-party-auth-error": "auth",
  "authentication-error": "auth",
};

/** Our name for a firebase-admin messaging error code; an unknown code is a refusal, not a dead token. */
export function pushFailureFor(code: string | undefined): PushFailure {
  const bare = (code ?? "").replace(/^messaging\//, "");
  return BY_CODE[bare] ?? "rejected";
}

/** One outcome per response of firebase-admin's `sendEach`, with FCM's Retry-After when it sent one. */
export function outcomesFromBatchResponse(response: BatchResponse): BatchOutcome[] {
  return response.responses.map((answer) => {
    if (answer.success) return { ok: true };
    const error = answer.error as (Error & { code?: string; httpResponse?: { headers?: Record<string, unknown> } }) | undefined;
    const failure = pushFailureFor(error?.code);
    const retryAfterMs = parseRetryAfter(error?.httpResponse?.headers?.["retry-after"]);
    return retryAfterMs === undefined ? { ok: false, failure } : { ok: false, failure, retryAfterMs };
  });
}

/** Retry-After in seconds (the only form FCM sends), capped at an hour. */
function parseRetryAfter(value: unknown): number | undefined {
  const seconds = typeof value === "string" || typeof value === "number" ? Number(value) : NaN;
  return Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds, 3_600) * 1_000 : undefined;
}
