import "server-only";
import { applyVerifiedMessage } from "../../apply-verified-message";
import { describeError, log } from "@/lib/log";
import type { PaymentProviderAdapter, PaymentResult } from "../types";
import { kbzpayCredentials } from "./credentials";
import { kbzpayProvider } from "./kbzpay-provider";
import { readNotifyCallback } from "./notify-callback";
import { kbzPaymentResult, notifyPaymentFields } from "./payment-result";

export type WebhookReply = { status: number; body: string; contentType: string };

const TEXT = "text/plain; charset=utf-8";
const JSON_TYPE = "application/json";

/** KBZPay stops retrying only on the plain-text body `success`. */
const success: WebhookReply = { status: 200, body: "success", contentType: TEXT };
const error = (status: number, code: string, message: string): WebhookReply => ({
  status,
  body: JSON.stringify({ error: { code, message } }),
  contentType: JSON_TYPE,
});

/**
 * `POST /api/webhooks/kbzpay` (integrations.md, flows.md flow 3). Security-critical order: the
 * raw body is verified (signature over whatever keys arrived, values as sent, our appid and
 * merch_code) before anything is written; a failure answers 400 in the contract's error shape
 * and writes nothing. A PAY_SUCCESS is believed only when KBZPay's own status query agrees
 * (queryorder live; the sandbox's record in demo mode); until then 503, so that KBZPay retries.
 * Every outcome of applyVerifiedMessage (applied, duplicate, ignored, rejected) answers `success`;
 * an error (a retry could help) answers 500.
 */
export async function receiveKbzpayWebhook(rawBody: string, options: { provider?: PaymentProviderAdapter; now?: Date } = {}): Promise<WebhookReply> {
  const now = options.now ?? new Date();
  const credentials = kbzpayCredentials();
  const reading = readNotifyCallback(rawBody, credentials.appKey);
  if (!reading.ok) return rejected(reading.reason);
  const { callback } = reading;
  if (callback.appId !== credentials.appId || callback.merchCode !== credentials.merchCode) return rejected("merchant");
  const result = kbzPaymentResult(notifyPaymentFields(callback), "notify", now);
  try {
    if (result.outcome === "SUCCEEDED") {
      const confirmation = await (options.provider ?? kbzpayProvider()).queryPayment(result.reference, null);
      if (!confirms(confirmation, result)) {
        log.warn("webhook.unconfirmed", { provider: "KBZPAY", eventId: result.eventId });
        return error(503, "unavailable", "Payment not confirmed yet");
      }
    }
    const outcome = await applyVerifiedMessage({ kind: "payment", result });
    log.info("webhook.received", { provider: "KBZPAY", eventId: result.eventId, status: outcome.status, orderId: outcome.orderId });
    return success;
  } catch (thrown) {
    log.error("webhook.failed", { provider: "KBZPAY", eventId: result.eventId, ...describeError(thrown) });
    return error(500, "internal", "Try again");
  }
}

/** The status query says the same payment succeeded: same reference, amount, currency and KBZ id. */
function confirms(query: PaymentResult | null, notified: PaymentResult): boolean {
  if (!query || query.outcome !== "SUCCEEDED") return false;
  if (query.reference !== notified.reference || query.amount !== notified.amount || query.currency !== notified.currency) return false;
  return query.transactionId === null || notified.transactionId === null || query.transactionId === notified.transactionId;
}

function rejected(reason: string): WebhookReply {
  log.warn("webhook.rejected", { provider: "KBZPAY", reason });
  return error(400, "bad_request", "Callback not verified");
}
