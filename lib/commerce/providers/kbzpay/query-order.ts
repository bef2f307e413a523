import { AppError } from "@/lib/http/errors";
import type { PaymentResult } from "../types";
import type { KbzCredentials } from "./credentials";
import { signedRequest, type KbzRequest } from "./gateway";
import { kbzPaymentResult } from "./payment-result";
import type { RawJsonObject } from "./raw-json";
import { isTradeStatus, parseKbzAmount } from "./trade-status";

/** `kbz.payment.queryorder` (version 3.0) for one of our references. */
export function queryOrderRequest(reference: string, credentials: KbzCredentials, now = new Date(), nonce?: string): KbzRequest {
  return signedRequest({
    method: "kbz.payment.queryorder",
    version: "3.0",
    now,
    nonce,
    credentials,
    bizContent: { appid: credentials.appId, merch_code: credentials.merchCode, merch_order_id: reference },
  });
}

/**
 * A verified queryorder answer as a PaymentResult (eventId `${mm_order_id}:${trade_status}:query`),
 * or null when KBZPay says it has no such order. An answer about another reference, or with a
 * status or amount we cannot read, is a provider_error.
 */
export function resultFromQueryOrder(fields: RawJsonObject, reference: string, now = new Date()): PaymentResult | null {
  const text = (key: string) => {
    const value = fields[key];
    return typeof value === "string" && value !== "" ? value : null;
  };
  const status = text("trade_status");
  if (status === "ORDER_NOT_FOUND") return null;
  const echoed = text("merch_order_id");
  const totalAmount = text("total_amount");
  const currency = text("trans_currency") ?? "MMK";
  if (!isTradeStatus(status) || (echoed !== null && echoed !== reference) || !totalAmount || parseKbzAmount(totalAmount) === null) {
    throw new AppError("provider_error");
  }
  if (currency !== "MMK" && currency !== "USD") throw new AppError("provider_error");
  return kbzPaymentResult(
    {
      reference,
      mmOrderId: text("mm_order_id"),
      tradeStatus: status,
      totalAmount,
      currency,
      times: { pay_success_time: text("pay_success_time") },
      mmqrRef: text("mmqr_ref"),
      walletIdentifier: text("Wallet_identifier"),
    },
    "query",
    now,
  );
}
