import { createHash, randomBytes, randomInt } from "node:crypto";
import type { SandboxPayment, SandboxPaymentStatus } from "@/lib/generated/prisma/client";
import { buildMmqr, MMQR_SANDBOX_GUID } from "../../mmqr/build-mmqr";
import type { KbzCredentials } from "./credentials";
import { buildNotifyCallback } from "./notify-callback";
import { kbzSign } from "./sign";
import type { TradeStatus } from "./trade-status";

/**
 * KBZPay's side of the protocol as the sandbox plays it (demo mode): ids shaped like KBZPay's,
 * the MMQR the payer scans, the signed queryorder answer and the signed notify callback. Pure
 * functions of the sandbox record, so a resent callback is the same message.
 */

export const SANDBOX_MERCHANT_NAME = "MMSO";
export const SANDBOX_MERCHANT_CITY = "Yangon";
/** The other bank's wallet that pays an MMQR in the sandbox (an institution code, not a person). */
export const SANDBOX_MMQR_WALLET = "TESTWALLET";

export type PaymentChannel = "app" | "mmqr";

/** A prepay_id-like checkout id: "KBZ" and 40 hex digits. */
export function newPrepayId(): string {
  return `KBZ${randomBytes(20).toString("hex")}`;
}

/**
 * An mm_order_id-like transaction id of 23 digits that records how and when the payer acted, as
 * KBZPay's ids carry a timestamp: 2 digits of channel (01 the KBZPay app, 02 another wallet via
 * MMQR), 8 random, 10 of Unix seconds, 3 of milliseconds.
 */
export function newMmOrderId(channel: PaymentChannel, at: Date): string {
  const ms = at.getTime();
  return `${channel === "mmqr" ? "02" : "01"}${String(randomInt(0, 100_000_000)).padStart(8, "0")}${String(Math.floor(ms / 1000)).padStart(10, "0")}${String(ms % 1000).padStart(3, "0")}`;
}

/** What newMmOrderId recorded; null for an id it did not make. */
export function readMmOrderId(id: string): { channel: PaymentChannel; at: Date } | null {
  const m = /^(01|02)\d{8}(\d{10})(\d{3})$/.exec(id);
  if (!m) return null;
  return { channel: m[1] === "02" ? "mmqr" : "app", at: new Date(Number(m[2]) * 1000 + Number(m[3])) };
}

/** The MMQR reference of a payment made through another wallet: 16 digits derived from its id. */
export function mmqrRefOf(mmOrderId: string): string {
  const digest = BigInt(`0x${createHash("sha256").update(mmOrderId).digest("hex").slice(0, 15)}`);
  return String(digest % 10_000_000_000_000_000n).padStart(16, "0");
}

const TRADE_STATUS: Record<SandboxPaymentStatus, TradeStatus> = {
  PENDING: "WAIT_PAY",
  PAID: "PAY_SUCCESS",
  REFUNDED: "PAY_SUCCESS",
  FAILED: "PAY_FAILED",
  CANCELLED: "ORDER_CLOSED",
  EXPIRED: "ORDER_EXPIRED",
};

export function tradeStatusOf(status: SandboxPaymentStatus): TradeStatus {
  return TRADE_STATUS[status];
}

/** The dynamic MMQR the sandbox shows for a payment: our merchant code, amount and reference. */
export function sandboxMmqr(credentials: Pick<KbzCredentials, "merchCode">, amount: number, reference: string): string {
  return buildMmqr({
    guid: MMQR_SANDBOX_GUID,
    merchantId: credentials.merchCode,
    merchantName: SANDBOX_MERCHANT_NAME,
    merchantCity: SANDBOX_MERCHANT_CITY,
    amount,
    reference,
  });
}

type SettledPayment = Pick<SandboxPayment, "merchantReference" | "transactionId" | "amount" | "currency" | "status" | "request">;

/** The notify callback for a settled sandbox payment, exactly as KBZPay would post it. */
export function sandboxNotifyCallback(payment: SettledPayment, credentials: KbzCredentials, now = new Date()) {
  if (payment.status === "PENDING" || !payment.transactionId) throw new Error("A pending sandbox payment has no callback");
  const made = readMmOrderId(payment.transactionId);
  return buildNotifyCallback({
    appId: credentials.appId,
    merchCode: credentials.merchCode,
    appKey: credentials.appKey,
    reference: payment.merchantReference,
    mmOrderId: payment.transactionId,
    amount: payment.amount,
    currency: payment.currency,
    tradeStatus: tradeStatusOf(payment.status),
    transEndTime: made?.at ?? now,
    notifyTime: now,
    callbackInfo: callbackInfoOf(payment.request),
    mmqr: made?.channel === "mmqr" ? { ref: mmqrRefOf(payment.transactionId), walletIdentifier: SANDBOX_MMQR_WALLET } : undefined,
  });
}

/** KBZPay's signed queryorder answer (`{"Response":{…}}`) about a sandbox payment, as raw text. */
export function sandboxQueryResponse(payment: SettledPayment, credentials: KbzCredentials, nonce = randomBytes(16).toString("hex").toUpperCase()): string {
  const status = tradeStatusOf(payment.status);
  const made = payment.transactionId ? readMmOrderId(payment.transactionId) : null;
  const fields: Record<string, string> = {
    result: "SUCCESS",
    code: "0",
    msg: "success",
    merch_order_id: payment.merchantReference,
    trade_status: status,
    total_amount: String(payment.amount),
    trans_currency: payment.currency,
    nonce_str: nonce,
    sign_type: "SHA256",
  };
  if (payment.transactionId) fields.mm_order_id = payment.transactionId;
  if (status === "PAY_SUCCESS" && made) fields.pay_success_time = String(Math.floor(made.at.getTime() / 1000));
  if (status === "PAY_SUCCESS" && made?.channel === "mmqr" && payment.transactionId) fields.mmqr_ref = mmqrRefOf(payment.transactionId);
  return JSON.stringify({ Response: { ...fields, sign: kbzSign(fields, credentials.appKey) } });
}

/** KBZPay echoes the order's title back in callback_info, URL-encoded (`title%3D…`). */
function callbackInfoOf(request: SandboxPayment["request"]): string {
  const precreate = typeof request === "object" && request !== null && !Array.isArray(request) ? request.Request : null;
  const biz = typeof precreate === "object" && precreate !== null && !Array.isArray(precreate) ? precreate.biz_content : null;
  const title = typeof biz === "object" && biz !== null && !Array.isArray(biz) ? biz.title : null;
  return typeof title === "string" ? encodeURIComponent(`title=${title}`) : "";
}
