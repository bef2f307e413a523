import { FirebaseMessagingError, MessagingClientErrorCode, type BatchResponse, type Messaging, type SendResponse } from "firebase-admin/messaging";
import { describe, expect, it } from "vitest";
import { createFirebaseTransport } from "./firebase-transport";
import { messagingError } from "./messaging-error";
import type { FcmMessage } from "./transport";

const fail = (code: string, headers?: Record<string, string>): SendResponse => ({
  success: false,
  // firebase-admin 14 attaches the HTTP answer (Retry-After) to the error; 13 does not, and then the
  // worker's own backoff applies.
  error: Object.assign(messagingError(code), headers ? { httpResponse: { status: 429, headers } } : {}),
});

/** A stubbed firebase-admin Messaging answering `responses` and recording what it was asked. */
function stubMessaging(responses: SendResponse[]) {
  const calls: FcmMessage[][] = [];
  const messaging: Pick<Messaging, "sendEach"> = {
    async sendEach(messages) {
      calls.push(messages as FcmMessage[]);
      const response: BatchResponse = { responses, successCount: responses.filter((r) => r.success).length, failureCount: responses.filter((r) => !r.success).length };
      return response;
    },
  };
  return { messaging, calls };
}

const to = (n: number): FcmMessage[] => Array.from({ length: n }, (_, i) => ({ token: `t${i}`, notification: { title: "t", body: "b" } }));

describe("the firebase-admin transport", () => {
  it("maps firebase-admin's FirebaseMessagingError codes to prune / retry / refuse", async () => {
    const responses: SendResponse[] = [
      { success: true, messageId: "projects/p/messages/1" },
      fail(MessagingClientErrorCode.REGISTRATION_TOKEN_NOT_REGISTERED.code),
      fail(MessagingClientErrorCode.INVALID_REGISTRATION_TOKEN.code),
      fail(MessagingClientErrorCode.MISMATCHED_CREDENTIAL.code),
      fail(MessagingClientErrorCode.INVALID_ARGUMENT.code),
      fail(MessagingClientErrorCode.MESSAGE_RATE_EXCEEDED.code, { "retry-after": "20" }),
      fail(MessagingClientErrorCode.SERVER_UNAVAILABLE.code),
      fail(MessagingClientErrorCode.INTERNAL_ERROR.code),
      fail(MessagingClientErrorCode.THIRD_PARTY_AUTH_ERROR.code),
      fail(MessagingClientErrorCode.PAYLOAD_SIZE_LIMIT_EXCEEDED.code),
    ];
    const { messaging } = stubMessaging(responses);
    expect(await createFirebaseTransport(messaging).sendEach(to(responses.length))).toEqual([
      { ok: true },
      { ok: false, failure: "unregistered" },
      { ok: false, failure: "invalid_token" },
      { ok: false, failure: "sender_mismatch" },
      { ok: false, failure: "invalid_argument" },
      { ok: false, failure: "quota_exceeded", retryAfterMs: 20_000 },
      { ok: false, failure: "unavailable" },
      { ok: false, failure: "internal" },
      { ok: false, failure: "auth" },
      { ok: false, failure: "rejected" },
    ]);
  });

  it("maps FCM v1's wire codes (UNREGISTERED, SENDER_ID_MISMATCH, QUOTA_EXCEEDED…) as firebase-admin converts them", async () => {
    // fromServerError is how firebase-admin turns an FCM v1 error response into its error; it is
    // marked internal, so this test also tells us if a firebase-admin upgrade changes that mapping.
    const fromServer = (FirebaseMessagingError as unknown as { fromServerError(code: string): FirebaseMessagingError }).fromServerError;
    const wire = ["UNREGISTERED", "SENDER_ID_MISMATCH", "INVALID_ARGUMENT", "QUOTA_EXCEEDED", "UNAVAILABLE", "INTERNAL"];
    const { messaging } = stubMessaging(wire.map((code) => ({ success: false, error: fromServer(code) })));
    const outcomes = await createFirebaseTransport(messaging).sendEach(to(wire.length));
    expect(outcomes.map((o) => (o.ok ? "ok" : o.failure))).toEqual(["unregistered", "sender_mismatch", "invalid_argument", "quota_exceeded", "unavailable", "internal"]);
  });

  it("passes messages through unchanged and refuses more than 500 per call", async () => {
    const { messaging, calls } = stubMessaging([{ success: true, messageId: "m" }]);
    const transport = createFirebaseTransport(messaging);
    const [one] = to(1);
    await transport.sendEach([one!]);
    expect(calls).toEqual([[one]]);
    await expect(transport.sendEach(to(501))).rejects.toThrow(/at most 500/);
    expect(calls).toHaveLength(1);
  });
});
