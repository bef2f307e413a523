import "server-only";
import { env } from "@/lib/env";
import type { SandboxPayment, SandboxPaymentStatus } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/http/errors";
import { deliverCallback, findSandboxPayment, settleSandboxPayment, type CallbackDelivery } from "../../sandbox/sandbox-payments";
import { kbzpayCredentials } from "./credentials";
import { newMmOrderId, sandboxMmqr, sandboxNotifyCallback, SANDBOX_MERCHANT_NAME, type PaymentChannel } from "./sandbox-gateway";

/** What the tester can do on the sandbox page, playing the payer (or KBZPay resending). */
export const KBZ_SANDBOX_ACTIONS = ["pay", "payMmqr", "decline", "cancel", "expire", "resend"] as const;
export type KbzSandboxAction = (typeof KBZ_SANDBOX_ACTIONS)[number];

const SETTLEMENT: Record<Exclude<KbzSandboxAction, "resend">, { status: Exclude<SandboxPaymentStatus, "PENDING" | "REFUNDED">; channel: PaymentChannel }> = {
  pay: { status: "PAID", channel: "app" },
  payMmqr: { status: "PAID", channel: "mmqr" },
  decline: { status: "FAILED", channel: "app" },
  cancel: { status: "CANCELLED", channel: "app" },
  expire: { status: "EXPIRED", channel: "app" },
};

/** The sandbox page's view of one KBZPay checkout. */
export type KbzSandboxCheckout = {
  checkoutId: string;
  reference: string;
  amount: number;
  currency: SandboxPayment["currency"];
  status: SandboxPaymentStatus;
  merchantName: string;
  /** The MMQR payload the payer scans. */
  qr: string;
  transactionId: string | null;
  callbackAttempts: number;
  lastCallbackStatus: number | null;
  /** The merchant's page to go back to; only ever one of our own URLs. */
  returnUrl: string | null;
};

/** One sandbox checkout by its prepay_id; null when there is none (demo mode only). */
export async function getKbzSandboxCheckout(checkoutId: string): Promise<KbzSandboxCheckout | null> {
  const payment = await findSandboxPayment("KBZPAY", checkoutId);
  if (!payment) return null;
  return {
    checkoutId: payment.checkoutId,
    reference: payment.merchantReference,
    amount: payment.amount,
    currency: payment.currency,
    status: payment.status,
    merchantName: SANDBOX_MERCHANT_NAME,
    qr: sandboxMmqr(kbzpayCredentials(), payment.amount, payment.merchantReference),
    transactionId: payment.transactionId,
    callbackAttempts: payment.callbackAttempts,
    lastCallbackStatus: payment.lastCallbackStatus,
    returnUrl: ownReturnUrl(payment.request),
  };
}

export type KbzSandboxOutcome =
  | { kind: "delivered"; delivery: CallbackDelivery }
  | { kind: "not_found" }
  | { kind: "already_settled" }
  | { kind: "pending" };

/**
 * Plays the payer: settles the payment once (a second settlement is `already_settled`), then
 * posts KBZPay's signed notify callback to our webhook over HTTP; `resend` posts it again.
 */
export async function actOnKbzSandboxCheckout(checkoutId: string, action: KbzSandboxAction, now = new Date()): Promise<KbzSandboxOutcome> {
  let payment = await findSandboxPayment("KBZPAY", checkoutId);
  if (!payment) return { kind: "not_found" };
  if (action === "resend") {
    if (payment.status === "PENDING") return { kind: "pending" };
  } else {
    const { status, channel } = SETTLEMENT[action];
    try {
      payment = await settleSandboxPayment(payment.id, status, newMmOrderId(channel, now));
    } catch (error) {
      if (error instanceof AppError && error.code === "conflict") return { kind: "already_settled" };
      throw error;
    }
  }
  const callback = sandboxNotifyCallback(payment, kbzpayCredentials(), now);
  return { kind: "delivered", delivery: await deliverCallback(payment, callback) };
}

/** The return URL kept with the sandbox record, when it points into this app (never elsewhere). */
function ownReturnUrl(request: SandboxPayment["request"]): string | null {
  const value = typeof request === "object" && request !== null && !Array.isArray(request) ? request.returnUrl : null;
  if (typeof value !== "string") return null;
  try {
    const url = new URL(value);
    return url.origin === new URL(env().APP_URL).origin ? url.toString() : null;
  } catch {
    return null;
  }
}
