import type { Prisma } from "@/lib/generated/prisma/client";

/** The payment providers (the PaymentProvider enum of the schema). */
export type ProviderName = "STRIPE" | "DINGER" | "KBZPAY";
export type CurrencyCode = "MMK" | "USD";

/** What a provider needs to start a checkout: nothing personal beyond a display name (policy S3). */
export type CheckoutOrder = {
  id: string;
  /** `[A-Za-z0-9_]{1,40}`: sent as the provider's order id. */
  reference: string;
  /** In the platform unit (whole kyat for MMK, cents for USD). */
  totalAmount: number;
  currency: CurrencyCode;
  /** The course title in the buyer's language, for the provider's item line. */
  itemName: string;
  /** Shown by hosted pages that require one (Dinger's customerName): the buyer's display name or "MMSO student". */
  customerName: string;
  /** The order expires then; a checkout should not outlive it. */
  expiresAt: Date;
  /** Our page the provider sends the buyer back to (it never decides the payment state). */
  returnUrl: string;
};

/** How the buyer pays: a page to open (Stripe, Dinger) and/or a QR payload to render (KBZPay, MMQR). */
export type Checkout = {
  /** The provider's id of this checkout (Stripe cs_…, KBZPay prepay_id); unique per provider. */
  providerCheckoutId: string;
  url: string | null;
  qr: string | null;
};

/** The state a verified provider message reports for an order's payment. */
export type PaymentOutcome = "SUCCEEDED" | "PENDING" | "FAILED" | "CANCELLED" | "EXPIRED";

/**
 * A verified provider message about one payment, normalised. Produced only by a provider's
 * verifyCallback (or its status query), never from a browser redirect.
 */
export type PaymentResult = {
  provider: ProviderName;
  /** Unique per provider and message: the dedupe key of ProviderEvent (Stripe event.id, Dinger transactionId:status, …). */
  eventId: string;
  /** A short type for the event log ("checkout.session.completed", "dinger.SUCCESS", "kbzpay.PAY_SUCCESS"). */
  eventType: string;
  /** Our Order.reference as the provider echoes it. */
  reference: string;
  outcome: PaymentOutcome;
  /** The provider's id of the money movement (Stripe payment_intent, Dinger transactionId, KBZ mm_order_id). */
  transactionId: string | null;
  /** In the platform unit (Stripe's ×100 for MMK already divided), to be checked against the order. */
  amount: number;
  currency: CurrencyCode;
  /** e.g. "card", "KBZ Pay", "MMQR"; shown on receipts. */
  method: string | null;
  /** The provider's fee in the platform unit when the message states it. */
  feeAmount: number | null;
  occurredAt: Date;
  /** The message as stored for reconciliation: no card data, no phone numbers or other personal data. */
  record: Prisma.InputJsonValue;
};

/** A refund made at the provider (Stripe's refunds API); local providers' refunds are recorded by hand. */
export type ProviderRefund = { providerRefundId: string; status: "SUCCEEDED" | "PENDING" | "FAILED" };

/** One provider behind one interface; live and sandbox modes share every verification function. */
export interface PaymentProviderAdapter {
  readonly name: ProviderName;
  readonly currencies: readonly CurrencyCode[];
  createCheckout(order: CheckoutOrder): Promise<Checkout>;
  /** Asks the provider for the payment's state (KBZPay queryorder, Stripe's session, the sandbox's record); null when it has none. */
  queryPayment(reference: string, providerCheckoutId: string | null): Promise<PaymentResult | null>;
  /** Only where the provider has a refunds API (Stripe). */
  refund?(input: { transactionId: string; amount: number; currency: CurrencyCode; idempotencyKey: string }): Promise<ProviderRefund>;
}

/** A verified notice that money went back to the buyer at the provider (Stripe `charge.refunded`). */
export type RefundNotice = {
  provider: ProviderName;
  eventId: string;
  eventType: string;
  /** The payment it refunds (Stripe payment_intent), which is Payment.providerTransactionId. */
  transactionId: string;
  providerRefundId: string;
  amount: number;
  currency: CurrencyCode;
  occurredAt: Date;
  record: Prisma.InputJsonValue;
};

/**
 * What a webhook's verifier returns after the signature (or decryption and checksum) checked out:
 * a payment result, a refund notice, or another event that is only stored (e.g. a Stripe dispute).
 */
export type VerifiedMessage =
  | { kind: "payment"; result: PaymentResult }
  | { kind: "refund"; notice: RefundNotice }
  | { kind: "other"; provider: ProviderName; eventId: string; eventType: string; reference: string | null; record: Prisma.InputJsonValue };
