import "server-only";
import type { KeyObject } from "node:crypto";
import { env, isProduction } from "@/lib/env";
import { parseDingerPublicKey, spkiBase64 } from "./public-key";
import { sandboxPublicKey } from "./sandbox-keys";
import type { DingerMerchant } from "./checkout-payload";

/** projectName/merchantName in demo mode (production mode requires DINGER_PROJECT_NAME / DINGER_MERCHANT_NAME). */
const DEMO_MERCHANT_NAME = "MMSO";

export type DingerConfig = {
  merchant: DingerMerchant;
  /** The key the checkout payload is encrypted with. */
  encryptionKey: KeyObject;
  secretKey: string;
  callbackKey: string;
};

/** The configured DINGER_PUBLIC_KEY text (its demo value is the sandbox key's public half). */
export function configuredPublicKeyText(): string {
  return env().DINGER_PUBLIC_KEY;
}

/**
 * Dinger's settings for this process. Live mode encrypts with the configured key (a key that does
 * not parse is a configuration error). Sandbox mode always encrypts with the sandbox key: the
 * sandbox plays Dinger and only it holds the private half, so demo mode keeps working when a real
 * Dinger key is configured (as every sandbox does with real credentials set, api-contract.md).
 */
export function dingerConfig(): DingerConfig {
  const config = env();
  const live = isProduction();
  const publicKeyText = configuredPublicKeyText();
  const configuredKey = parseDingerPublicKey(publicKeyText);
  if (live && !configuredKey) throw new Error("DINGER_PUBLIC_KEY is not an RSA public key (base64 DER SPKI or PEM)");
  return {
    merchant: {
      clientId: config.DINGER_CLIENT_ID,
      publicKey: configuredKey ? spkiBase64(configuredKey) : publicKeyText,
      merchantKey: config.DINGER_MERCHANT_KEY,
      projectName: config.DINGER_PROJECT_NAME ?? DEMO_MERCHANT_NAME,
      merchantName: config.DINGER_MERCHANT_NAME ?? DEMO_MERCHANT_NAME,
    },
    encryptionKey: live && configuredKey ? configuredKey : sandboxPublicKey(),
    secretKey: config.DINGER_SECRET_KEY,
    callbackKey: config.DINGER_CALLBACK_KEY,
  };
}
