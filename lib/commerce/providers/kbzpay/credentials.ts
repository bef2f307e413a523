import "server-only";
import { env } from "@/lib/env";

/** What KBZPay issues a merchant: the app id, the merchant code and the signing key. */
export type KbzCredentials = { appId: string; merchCode: string; appKey: string };

/** The configured credentials (demo defaults in demo mode; production refuses to start without real ones). */
export function kbzpayCredentials(): KbzCredentials {
  const config = env();
  return { appId: config.KBZPAY_APP_ID, merchCode: config.KBZPAY_MERCHANT_CODE, appKey: config.KBZPAY_APP_KEY };
}
