import "server-only";
import { env, isProduction } from "@/lib/env";
import type { PaymentProviderAdapter } from "../types";
import { kbzpayCredentials } from "./credentials";
import { liveKbzpay, type LiveKbzpayOptions } from "./live-kbzpay";
import { sandboxKbzpay } from "./sandbox-kbzpay";

/**
 * KBZPay (MMK only): the gateway itself in production mode, the sandbox in demo mode even when
 * credentials are set. Both sign and verify with the configured app key. KBZPAY_GATEWAY_URL points
 * the live adapter at KBZ's UAT gateway for acceptance testing.
 */
export function kbzpayProvider(options: LiveKbzpayOptions = {}): PaymentProviderAdapter {
  const credentials = kbzpayCredentials();
  return isProduction() ? liveKbzpay(credentials, { gatewayUrl: env().KBZPAY_GATEWAY_URL, ...options }) : sandboxKbzpay(credentials);
}
