import "server-only";
import { webhookUrl } from "../../sandbox/sandbox-payments";
import type { PaymentProviderAdapter } from "../types";
import type { KbzCredentials } from "./credentials";
import { callGateway, KBZPAY_PRODUCTION_GATEWAY } from "./gateway";
import { checkoutFromPrecreate, precreateRequest } from "./precreate";
import { queryOrderRequest, resultFromQueryOrder } from "./query-order";

export type LiveKbzpayOptions = {
  /** The gateway base URL (production by default; tests point it at a local server). */
  gatewayUrl?: string;
  timeoutMs?: number;
  /** Where KBZPay posts notify callbacks: our webhook, without a query string. */
  notifyUrl?: string;
};

/** KBZPay itself (production mode): precreate an MMQR order, and queryorder its state. */
export function liveKbzpay(credentials: KbzCredentials, options: LiveKbzpayOptions = {}): PaymentProviderAdapter {
  const gateway = { baseUrl: options.gatewayUrl ?? KBZPAY_PRODUCTION_GATEWAY, timeoutMs: options.timeoutMs ?? 10_000 };
  return {
    name: "KBZPAY",
    currencies: ["MMK"],
    async createCheckout(order) {
      const request = precreateRequest(order, credentials, options.notifyUrl ?? webhookUrl("KBZPAY"));
      const fields = await callGateway(gateway, "precreate", request, credentials.appKey);
      return checkoutFromPrecreate(fields, order.reference);
    },
    async queryPayment(reference) {
      const fields = await callGateway(gateway, "queryorder", queryOrderRequest(reference, credentials), credentials.appKey);
      return resultFromQueryOrder(fields, reference);
    },
  };
}
