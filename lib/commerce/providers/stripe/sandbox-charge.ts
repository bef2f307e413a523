import type Stripe from "stripe";
import type { CurrencyCode } from "../types";
import { chargeIdFor, stripeIdFrom } from "./sandbox-ids";
import { toStripeAmount, toStripeCurrency } from "./stripe-amounts";

export type RefundFacts = { id: string; amount: number; created: number };

export type ChargeFacts = {
  paymentIntentId: string;
  amount: number;
  currency: CurrencyCode;
  created: number;
  /** Newest first, as Stripe lists them. */
  refunds: RefundFacts[];
};

/** The charge of a paid session as `charge.refunded` renders it, with its refunds list expanded. */
export function chargeObject(facts: ChargeFacts): Stripe.Charge {
  const amount = toStripeAmount(facts.amount, facts.currency);
  const currency = toStripeCurrency(facts.currency);
  const chargeId = chargeIdFor(facts.paymentIntentId);
  const refunds: Stripe.Refund[] = facts.refunds.map((r) => ({
    id: r.id,
    object: "refund",
    amount: toStripeAmount(r.amount, facts.currency),
    balance_transaction: stripeIdFrom("txn_", r.id),
    charge: chargeId,
    created: r.created,
    currency,
    customer: null,
    customer_account: null,
    metadata: {},
    payment_intent: facts.paymentIntentId,
    payment_method: null,
    reason: "requested_by_customer",
    receipt_number: null,
    source_transfer_reversal: null,
    status: "succeeded",
    transfer_reversal: null,
  }));
  const amountRefunded = refunds.reduce((sum, r) => sum + r.amount, 0);
  return {
    id: chargeId,
    object: "charge",
    amount,
    amount_captured: amount,
    amount_refunded: amountRefunded,
    application: null,
    application_fee: null,
    application_fee_amount: null,
    balance_transaction: stripeIdFrom("txn_", chargeId),
    billing_details: { address: null, email: null, name: null, phone: null, tax_id: null },
    calculated_statement_descriptor: "MMSO",
    captured: true,
    created: facts.created,
    currency,
    customer: null,
    description: null,
    disputed: false,
    failure_balance_transaction: null,
    failure_code: null,
    failure_message: null,
    fraud_details: {},
    livemode: false,
    metadata: {},
    on_behalf_of: null,
    outcome: {
      advice_code: null,
      network_advice_code: null,
      network_decline_code: null,
      network_status: "approved_by_network",
      reason: null,
      risk_level: "normal",
      seller_message: "Payment complete.",
      type: "authorized",
    },
    paid: true,
    payment_intent: facts.paymentIntentId,
    payment_method: null,
    // Card brand, last four digits and expiry would be here: the sandbox keeps no card data.
    payment_method_details: null,
    receipt_email: null,
    receipt_number: null,
    receipt_url: null,
    refunded: amountRefunded >= amount,
    refunds: { object: "list", data: refunds, has_more: false, url: `/v1/charges/${chargeId}/refunds` },
    review: null,
    shipping: null,
    source: null,
    source_transfer: null,
    statement_descriptor: null,
    statement_descriptor_suffix: null,
    status: "succeeded",
    transfer_data: null,
    transfer_group: null,
  };
}

