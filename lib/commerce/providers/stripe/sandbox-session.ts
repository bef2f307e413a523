import type Stripe from "stripe";
import type { CurrencyCode } from "../types";
import { toStripeAmount, toStripeCurrency } from "./stripe-amounts";

/** What a Checkout Session is, in MMSO's terms. Times are Unix seconds; amounts in the platform unit. */
export type SessionFacts = {
  checkoutId: string;
  reference: string;
  amount: number;
  currency: CurrencyCode;
  /** Stripe's pi_…, set once the buyer paid (or a delayed payment started). */
  paymentIntentId: string | null;
  created: number;
  expiresAt: number;
  returnUrl: string;
  state: "open" | "paid" | "unpaid" | "expired";
};

const SESSION_STATE: Record<SessionFacts["state"], Pick<Stripe.Checkout.Session, "status" | "payment_status">> = {
  open: { status: "open", payment_status: "unpaid" },
  paid: { status: "complete", payment_status: "paid" },
  unpaid: { status: "complete", payment_status: "unpaid" },
  expired: { status: "expired", payment_status: "unpaid" },
};

/** The Checkout Session object as Stripe renders it in events and from `sessions.retrieve`. */
export function checkoutSessionObject(facts: SessionFacts): Stripe.Checkout.Session {
  const amount = toStripeAmount(facts.amount, facts.currency);
  const complete = facts.state === "paid" || facts.state === "unpaid";
  return {
    id: facts.checkoutId,
    object: "checkout.session",
    adaptive_pricing: { enabled: false },
    after_expiration: null,
    allow_promotion_codes: null,
    allowed_payment_method_types: null,
    amount_subtotal: amount,
    amount_total: amount,
    automatic_tax: { enabled: false, liability: null, provider: null, status: null },
    billing_address_collection: null,
    cancel_url: facts.returnUrl,
    client_reference_id: facts.reference,
    client_secret: null,
    collected_information: complete ? { business_name: null, individual_name: null, shipping_details: null } : null,
    consent: null,
    consent_collection: null,
    created: facts.created,
    currency: toStripeCurrency(facts.currency),
    currency_conversion: null,
    custom_fields: [],
    custom_text: { after_submit: null, shipping_address: null, submit: null, terms_of_service_acceptance: null },
    customer: null,
    customer_account: null,
    customer_creation: "if_required",
    // Stripe would put the buyer's email and name here; the sandbox has none to give.
    customer_details: null,
    customer_email: null,
    discounts: [],
    expires_at: facts.expiresAt,
    integration_identifier: null,
    invoice: null,
    invoice_creation: null,
    livemode: false,
    locale: null,
    managed_payments: null,
    metadata: { orderId: facts.reference },
    mode: "payment",
    origin_context: null,
    payment_intent: facts.paymentIntentId,
    payment_link: null,
    payment_method_collection: "if_required",
    payment_method_configuration_details: null,
    payment_method_options: { card: { request_three_d_secure: "automatic" } },
    payment_method_types: ["card"],
    ...SESSION_STATE[facts.state],
    permissions: null,
    recovered_from: null,
    saved_payment_method_options: null,
    setup_intent: null,
    shipping_address_collection: null,
    shipping_cost: null,
    shipping_options: [],
    submit_type: null,
    subscription: null,
    success_url: facts.returnUrl,
    total_details: { amount_discount: 0, amount_shipping: 0, amount_tax: 0 },
    ui_mode: "hosted_page",
    url: facts.state === "open" ? `https://checkout.stripe.com/c/pay/${facts.checkoutId}` : null,
    wallet_options: null,
  };
}

