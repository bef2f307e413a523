import "server-only";
import type { BatchResponse, Messaging, SendResponse, TokenMessage } from "firebase-admin/messaging";
import { db } from "@/lib/db";
import { devOutboxEnabled } from "@/lib/dev-outbox/dev-outbox";
import { messagingError } from "./messaging-error";

/**
 * Tokens starting with these answer FCM's error instead of success, so that pruning and retries
 * run in demo mode and tests exactly as in production (ADR 0029). Codes are firebase-admin's.
 */
export const SANDBOX_TOKEN_ERRORS = {
  "sandbox-unregistered-": "registration-token-not-registered",
  "sandbox-invalid-": "invalid-argument",
  "sandbox-mismatch-": "mismatched-credential",
  "sandbox-unavailable-": "server-unavailable",
  "sandbox-quota-": "message-rate-exceeded",
  "sandbox-internal-": "internal-error",
  "sandbox-rejected-": "invalid-package-name",
} as const;

/**
 * Plays FCM's side of `sendEach` with firebase-admin's own response and error objects; each
 * delivered message lands in the development outbox as channel PUSH, `to` = the device token (what
 * FCM knows), subject = title, body = title and body. Never used in production (the outbox refuses).
 */
export const sandboxMessaging: Pick<Messaging, "sendEach"> = {
  async sendEach(messages) {
    const responses: SendResponse[] = messages.map((message, i) => {
      const token = (message as TokenMessage).token;
      const code = Object.entries(SANDBOX_TOKEN_ERRORS).find(([prefix]) => token.startsWith(prefix))?.[1];
      return code
        ? { success: false, error: messagingError(code, `sandbox: ${code}`) }
        : { success: true, messageId: `projects/mmso-sandbox/messages/${Date.now()}-${i}` };
    });
    const delivered = messages.filter((_, i) => responses[i]!.success) as TokenMessage[];
    if (delivered.length > 0) {
      if (!devOutboxEnabled()) throw new Error("The push sandbox does not exist in production mode");
      // One insert for the whole call: recordDevMessage writes a row at a time and a call holds up to 500.
      await db.devMessage.createMany({
        data: delivered.map((m) => ({
          channel: "PUSH" as const,
          to: m.token,
          subject: m.notification?.title ?? null,
          body: [m.notification?.title, m.notification?.body].filter(Boolean).join("\n"),
        })),
      });
    }
    const response: BatchResponse = { responses, successCount: delivered.length, failureCount: messages.length - delivered.length };
    return response;
  },
};
