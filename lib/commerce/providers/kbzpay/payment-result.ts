import type { CurrencyCode, PaymentResult } from "../types";
import type { NotifyCallback } from "./notify-callback";
import { outcomeOf, parseKbzAmount, parseKbzTime, type TradeStatus } from "./trade-status";

/** The fields of a payment that a notify callback or a queryorder answer states, as text. */
export type KbzPaymentFields = {
  reference: string;
  mmOrderId: string | null;
  tradeStatus: TradeStatus;
  totalAmount: string;
  currency: CurrencyCode;
  /** KBZPay's times by field name, most telling first: when money moved, then when it wrote. */
  times: Record<string, string | null>;
  mmqrRef: string | null;
  walletIdentifier: string | null;
};

/** A wallet's institution code ("AYAPAY"); anything else (a number could be a phone) is not kept. */
const INSTITUTION = /^[A-Za-z][A-Za-z0-9 _.-]{0,31}$/;

/**
 * The normalised result. eventId is `${mm_order_id}:${trade_status}` (the reference stands in when
 * KBZPay has no mm_order_id yet), `:query` added for a status query. The stored record has no
 * personal data: callback_info (which can carry anything), appid, nonce and sign are left out.
 */
export function kbzPaymentResult(fields: KbzPaymentFields, source: "notify" | "query", now: Date): PaymentResult {
  const id = fields.mmOrderId ?? fields.reference;
  const walletIdentifier = fields.walletIdentifier && INSTITUTION.test(fields.walletIdentifier) ? fields.walletIdentifier : null;
  const occurredAt = Object.values(fields.times).map((t) => parseKbzTime(t ?? undefined)).find((d) => d !== null) ?? now;
  return {
    provider: "KBZPAY",
    eventId: source === "notify" ? `${id}:${fields.tradeStatus}` : `${id}:${fields.tradeStatus}:query`,
    eventType: `kbzpay.${fields.tradeStatus}`,
    reference: fields.reference,
    outcome: outcomeOf(fields.tradeStatus),
    transactionId: fields.mmOrderId,
    amount: parseKbzAmount(fields.totalAmount) ?? Number.NaN,
    currency: fields.currency,
    method: fields.mmqrRef ? "MMQR" : "KBZ Pay",
    feeAmount: null,
    occurredAt,
    record: {
      source,
      merch_order_id: fields.reference,
      mm_order_id: fields.mmOrderId,
      trade_status: fields.tradeStatus,
      total_amount: fields.totalAmount,
      trans_currency: fields.currency,
      ...fields.times,
      mmqr_ref: fields.mmqrRef,
      wallet_identifier: walletIdentifier,
    },
  };
}

export function notifyPaymentFields(callback: NotifyCallback): KbzPaymentFields {
  return {
    reference: callback.reference,
    mmOrderId: callback.mmOrderId,
    tradeStatus: callback.tradeStatus,
    totalAmount: callback.totalAmount,
    currency: callback.currency,
    times: { trans_end_time: callback.transEndTime, notify_time: callback.notifyTime },
    mmqrRef: callback.mmqrRef,
    walletIdentifier: callback.walletIdentifier,
  };
}
