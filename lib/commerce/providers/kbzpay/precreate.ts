import { AppError } from "@/lib/http/errors";
import type { Checkout, CheckoutOrder } from "../types";
import type { KbzCredentials } from "./credentials";
import type { RawJsonObject } from "./raw-json";
import { signedRequest, type KbzRequest } from "./gateway";

/** KBZPay accepts a QR's lifetime in minutes, up to two hours. */
const MAX_TIMEOUT_MINUTES = 120;

/**
 * The `kbz.payment.precreate` request for an MMQR payment (integrations.md): our reference as
 * merch_order_id, the whole-kyat total as text, the course title (no personal data, policy S3) and
 * a QR lifetime that does not outlive the order.
 */
export function precreateRequest(order: CheckoutOrder, credentials: KbzCredentials, notifyUrl: string, now = new Date(), nonce?: string): KbzRequest {
  if (order.currency !== "MMK") throw new AppError("provider_not_available");
  if (!Number.isSafeInteger(order.totalAmount) || order.totalAmount < 1) throw new Error("KBZPay total must be a positive whole number of kyat");
  const minutes = Math.min(MAX_TIMEOUT_MINUTES, Math.max(1, Math.floor((order.expiresAt.getTime() - now.getTime()) / 60_000)));
  return signedRequest({
    method: "kbz.payment.precreate",
    version: "1.0",
    notifyUrl,
    now,
    nonce,
    credentials,
    bizContent: {
      appid: credentials.appId,
      merch_code: credentials.merchCode,
      merch_order_id: order.reference,
      trade_type: "PAY_BY_QRCODE",
      total_amount: String(order.totalAmount),
      trans_currency: "MMK",
      title: precreateTitle(order.itemName),
      timeout_express: `${minutes}m`,
    },
  });
}

/** The item line, short and without '&' or '=' (which the signed string treats specially). */
export function precreateTitle(itemName: string): string {
  const title = [...itemName.replace(/[&=]/g, " ").replace(/\s+/g, " ").trim()].slice(0, 64).join("").trim();
  return title === "" ? "MMSO course" : title;
}

/** A verified precreate answer as our Checkout: the prepay_id and the QR text to render. */
export function checkoutFromPrecreate(fields: RawJsonObject, reference: string): Checkout {
  const prepayId = fields.prepay_id;
  const qr = fields.qrCode;
  const echoed = fields.merch_order_id;
  if (typeof prepayId !== "string" || prepayId === "" || typeof qr !== "string" || qr === "" || (echoed !== undefined && echoed !== reference)) {
    throw new AppError("provider_error");
  }
  return { providerCheckoutId: prepayId, url: null, qr };
}
