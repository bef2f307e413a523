import type { TokenMessage } from "firebase-admin/messaging";

/** One FCM message to one device token (firebase-admin's own shape: the live transport passes it through). */
export type FcmMessage = TokenMessage;

/** FCM accepts at most 500 messages per `sendEach` call. */
export const MAX_SEND_EACH = 500;

/**
 * Why FCM refused one message, in our words. What we do about each is `failureFate` below:
 * the first three mean the token is dead (delete it); the next four are passing (retry later);
 * `rejected` is a refusal no retry fixes that says nothing about the token.
 */
export type PushFailure =
  | "unregistered"
  | "invalid_token"
  | "sender_mismatch"
  | "invalid_argument"
  | "quota_exceeded"
  | "unavailable"
  | "internal"
  | "auth"
  | "rejected";

/** The answer for one message of a `sendEach` call, in the same order as the messages. */
export type BatchOutcome = { ok: true } | { ok: false; failure: PushFailure; retryAfterMs?: number };

/** Sends messages to FCM (live) or plays FCM's side (sandbox). At most MAX_SEND_EACH per call. */
export interface PushTransport {
  sendEach(messages: FcmMessage[]): Promise<BatchOutcome[]>;
}

export type FailureFate = "prune" | "retry" | "reject";

/**
 * Security/privacy: pruning deletes a person's device row, so only answers that FCM documents as
 * "this token will never work again" prune. `invalid_argument` is FCM v1's answer to a malformed
 * token; it can also mean a malformed payload, which send-push-batch guards against (ADR 0029).
 */
export function failureFate(failure: PushFailure): FailureFate {
  switch (failure) {
    case "unregistered":
    case "invalid_token":
    case "sender_mismatch":
    case "invalid_argument":
      return "prune";
    case "quota_exceeded":
    case "unavailable":
    case "internal":
    case "auth":
      return "retry";
    case "rejected":
      return "reject";
  }
}
