import "server-only";
import { applyVerifiedMessage } from "@/lib/commerce/apply-verified-message";
import { env } from "@/lib/env";
import { describeError, log } from "@/lib/log";
import { verifyDingerCallback } from "./verify-callback";

export type WebhookReply = { status: number; body: Record<string, unknown> };

const MESSAGES = { invalid_json: "Malformed JSON", invalid_signature: "Invalid signature", bad_request: "Not a Dinger payment result" } as const;

/**
 * `POST /api/webhooks/dinger` (integrations.md, flows.md flow 3). Security-critical order: the raw
 * body is parsed only as the outer `{ paymentResult, checksum }`; the result is decrypted with
 * DINGER_CALLBACK_KEY and its checksum checked before anything in it is read. A refusal answers
 * 400 and touches no table (the log says which check failed, never the body). A verified result
 * goes to applyVerifiedMessage, which dedupes on `${transactionId}:${status}` in the transaction of
 * its side effects; every outcome it reports is acknowledged 200 (Dinger expects a quick 200 and
 * a retry would not change a duplicate or a mismatch); only a thrown error answers 500, so that
 * Dinger retries.
 */
export async function receiveDingerWebhook(rawBody: string, receivedAt = new Date()): Promise<WebhookReply> {
  let verdict;
  try {
    verdict = verifyDingerCallback(rawBody, env().DINGER_CALLBACK_KEY, receivedAt);
  } catch (error) {
    // A callback key that is not 32 bytes: our configuration, so a retry after the fix can succeed.
    log.error("dinger.webhook_failed", { stage: "verify", ...describeError(error) });
    return { status: 500, body: { error: { code: "internal", message: "Try again" } } };
  }
  if (!verdict.ok) {
    log.warn("webhook.rejected", { provider: "DINGER", reason: verdict.reason });
    return { status: 400, body: { error: { code: verdict.code, message: MESSAGES[verdict.code] } } };
  }
  try {
    const outcome = await applyVerifiedMessage(verdict.message);
    return { status: 200, body: { status: outcome.status } };
  } catch (error) {
    log.error("dinger.webhook_failed", { stage: "apply", ...describeError(error) });
    return { status: 500, body: { error: { code: "internal", message: "Try again" } } };
  }
}
