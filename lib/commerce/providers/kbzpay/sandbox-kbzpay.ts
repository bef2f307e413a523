import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { findSandboxPaymentByReference, openSandboxPayment, sandboxPageUrl, webhookUrl } from "../../sandbox/sandbox-payments";
import type { PaymentProviderAdapter } from "../types";
import type { KbzCredentials } from "./credentials";
import { readGatewayResponse } from "./gateway";
import { precreateRequest } from "./precreate";
import { resultFromQueryOrder } from "./query-order";
import { newPrepayId, sandboxMmqr, sandboxQueryResponse } from "./sandbox-gateway";
import { verifyKbzSign } from "./sign";

/**
 * KBZPay played by the sandbox (demo mode). createCheckout builds the very precreate request the
 * live adapter sends and checks its signature as KBZPay would, then records the payment and
 * answers with a prepay_id, our MMQR for the amount and reference, and the sandbox page where the
 * tester plays the payer. queryPayment reads KBZPay's signed queryorder answer through the same
 * verifier as live mode.
 */
export function sandboxKbzpay(credentials: KbzCredentials): PaymentProviderAdapter {
  return {
    name: "KBZPAY",
    currencies: ["MMK"],
    async createCheckout(order) {
      const request = precreateRequest(order, credentials, webhookUrl("KBZPAY"));
      if (!verifyKbzSign(request, credentials.appKey)) throw new Error("KBZPay sandbox: precreate signature does not verify");
      const prepayId = newPrepayId();
      await openSandboxPayment({
        provider: "KBZPAY",
        merchantReference: order.reference,
        checkoutId: prepayId,
        amount: order.totalAmount,
        currency: order.currency,
        // What the merchant sent KBZPay, and where the sandbox page leads back to (not sent to KBZPay).
        request: { Request: request, returnUrl: order.returnUrl } satisfies Prisma.InputJsonObject,
      });
      return { providerCheckoutId: prepayId, url: sandboxPageUrl("KBZPAY", prepayId), qr: sandboxMmqr(credentials, order.totalAmount, order.reference) };
    },
    async queryPayment(reference) {
      const payment = await findSandboxPaymentByReference("KBZPAY", reference);
      if (!payment) return null;
      const fields = readGatewayResponse(sandboxQueryResponse(payment, credentials), credentials.appKey, "queryorder");
      return resultFromQueryOrder(fields, reference);
    },
  };
}
