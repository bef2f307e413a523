import "server-only";
import { isProduction } from "@/lib/env";
import type { PaymentProviderAdapter } from "../types";
import { kbzpayCredentials } from "./credentials";
import { liveKbzpay, type LiveKbzpayOptions } from "./live-kbzpay";
import { sandboxKbzpay } from "./sandbox-kbzpay";

/**
 * KBZPay (MMK only): the gateway itself in production mode, the sandbox in demo mode even when
 * credentials are set. Both sign and verify with the configured app key.
 */
export function kbzpayProvider(options: LiveKbzpayOptions = {}): PaymentProviderAdapter {
  const credentials = kbzpayCredentials();
  return isProduction() ? liveKbzpay(credentials, options) : sandboxKbzpay(credentials);
}
