import { randomBytes } from "node:crypto";
import type { CurrencyCode } from "../types";
import { isRawObject, parseRawJson, RawJsonError, type RawJson, type RawJsonObject } from "./raw-json";
import { kbzSign, verifyKbzSign } from "./sign";
import { isTradeStatus, parseKbzAmount, type TradeStatus } from "./trade-status";

/** A notify callback whose signature checked out, with the fields we act on (all as received). */
export type NotifyCallback = {
  appId: string;
  merchCode: string;
  /** merch_order_id: our Order.reference. */
  reference: string;
  /** KBZPay's id of the payment; absent on some messages about orders nobody paid. */
  mmOrderId: string | null;
  tradeStatus: TradeStatus;
  /** total_amount exactly as sent ("15000.00"). */
  totalAmount: string;
  currency: CurrencyCode;
  transEndTime: string | null;
  notifyTime: string | null;
  /** Present when the payer scanned the MMQR with another bank's wallet. */
  mmqrRef: string | null;
  walletIdentifier: string | null;
};

export type NotifyRejection = "malformed" | "sign_type" | "signature" | "fields";
export type NotifyReading = { ok: true; callback: NotifyCallback } | { ok: false; reason: NotifyRejection };

/**
 * Security-critical: verifies a notify callback on its raw body (integrations.md). The JSON is read
 * with its scalars as text, so numbers keep the digits KBZPay signed (`1000.50`); the message may be
 * wrapped in `{"Request":{…}}`; the signature covers whatever keys arrived. Only then are the
 * fields read and checked for shape.
 */
export function readNotifyCallback(rawBody: string, appKey: string): NotifyReading {
  let parsed: RawJson;
  try {
    parsed = parseRawJson(rawBody);
  } catch (error) {
    if (error instanceof RawJsonError) return { ok: false, reason: "malformed" };
    throw error;
  }
  const fields = unwrapRequest(parsed);
  if (!fields) return { ok: false, reason: "malformed" };
  if (fields.sign_type !== "SHA256") return { ok: false, reason: "sign_type" };
  if (!verifyKbzSign(fields, appKey)) return { ok: false, reason: "signature" };

  const text = (key: string) => {
    const value = fields[key];
    return typeof value === "string" && value !== "" ? value : null;
  };
  const reference = text("merch_order_id");
  const tradeStatus = text("trade_status");
  const totalAmount = text("total_amount");
  const currency = text("trans_currency");
  const appId = text("appid");
  const merchCode = text("merch_code");
  if (!reference || !/^[A-Za-z0-9_]{1,40}$/.test(reference) || !isTradeStatus(tradeStatus) || !appId || !merchCode) {
    return { ok: false, reason: "fields" };
  }
  if (!totalAmount || parseKbzAmount(totalAmount) === null || (currency !== "MMK" && currency !== "USD")) return { ok: false, reason: "fields" };
  return {
    ok: true,
    callback: {
      appId,
      merchCode,
      reference,
      mmOrderId: text("mm_order_id"),
      tradeStatus,
      totalAmount,
      currency,
      transEndTime: text("trans_end_time"),
      notifyTime: text("notify_time"),
      mmqrRef: text("mmqr_ref"),
      walletIdentifier: text("Wallet_identifier"),
    },
  };
}

/** KBZPay's messages come flat or wrapped once in `{"Request":{…}}` (responses: `{"Response":{…}}`). */
export function unwrapRequest(parsed: RawJson, wrapper = "Request"): RawJsonObject | null {
  if (!isRawObject(parsed)) return null;
  const keys = Object.keys(parsed);
  if (keys.length === 1 && keys[0] === wrapper) {
    const inner = parsed[wrapper];
    return isRawObject(inner) ? inner : null;
  }
  return parsed;
}

export type NotifyCallbackInput = {
  appId: string;
  merchCode: string;
  appKey: string;
  reference: string;
  mmOrderId: string;
  /** Whole kyat; written as KBZPay writes amounts, with two decimals. */
  amount: number;
  currency: string;
  tradeStatus: TradeStatus;
  transEndTime: Date;
  notifyTime?: Date;
  nonce?: string;
  /** Whatever the merchant asked to have echoed (URL-encoded); KBZPay sends the field even when empty. */
  callbackInfo?: string;
  /** Paid by scanning the MMQR with another wallet: KBZPay adds `mmqr_ref` and `Wallet_identifier`. */
  mmqr?: { ref: string; walletIdentifier: string };
};

/**
 * The notify callback exactly as KBZPay sends it: `{"Request":{…}}`, signed with the app key. The
 * amount is written as a bare JSON number with two decimals (`15000.00`), so a verifier that
 * re-reads numbers with JSON.parse (15000) fails here as it would on a real callback. Used by the
 * sandbox and by tests; never by production code paths.
 */
export function buildNotifyCallback(input: NotifyCallbackInput): { body: string; headers: Record<string, string> } {
  const seconds = (date: Date) => String(Math.floor(date.getTime() / 1000));
  const amountText = `${input.amount}.00`;
  const fields: Record<string, string> = {
    notify_time: seconds(input.notifyTime ?? new Date()),
    merch_code: input.merchCode,
    merch_order_id: input.reference,
    mm_order_id: input.mmOrderId,
    trans_end_time: seconds(input.transEndTime),
    trade_status: input.tradeStatus,
    total_amount: amountText,
    trans_currency: input.currency,
    appid: input.appId,
    callback_info: input.callbackInfo ?? "",
    nonce_str: input.nonce ?? randomBytes(16).toString("hex").toUpperCase(),
    sign_type: "SHA256",
  };
  if (input.mmqr) {
    fields.mmqr_ref = input.mmqr.ref;
    fields.Wallet_identifier = input.mmqr.walletIdentifier;
  }
  fields.sign = kbzSign(fields, input.appKey);
  const members = Object.entries(fields).map(([key, value]) =>
    key === "total_amount" ? `${JSON.stringify(key)}:${value}` : `${JSON.stringify(key)}:${JSON.stringify(value)}`,
  );
  return { body: `{"Request":{${members.join(",")}}}`, headers: { "content-type": "application/json" } };
}
