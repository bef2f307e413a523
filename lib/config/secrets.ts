/**
 * Every secret the platform reads, with the demo default that lets it run with no configuration.
 * Security-critical: production mode refuses to start when any of these is missing or still equal
 * to its demo default (see lib/env.ts). Demo defaults are public by design and protect nothing.
 */
export const DEMO_SECRETS = {
  AUTH_SECRET: "demo-auth-secret-not-for-production-0000000000",
  STRIPE_SECRET_KEY: "sk_test_demo_mmso",
  STRIPE_WEBHOOK_SECRET: "whsec_demo_mmso_stripe_webhook_secret",
  DINGER_CLIENT_ID: "demo-dinger-client",
  // The public half of the Dinger sandbox's demo key pair (lib/commerce/providers/dinger/sandbox-keys.ts):
  // base64 DER SPKI, as Dinger's portal shows a merchant's key.
  DINGER_PUBLIC_KEY:
    "MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDnpoPb6VoGu77LGLIOK0GgV7iIORPrmhRvztpUOuhDGtIP5YTTHK5dd5Xn571aWz9R/xcyZmoJUAQlZN0L+MDNCjSoxTYIA44TjNlOo3kKgQpAk41/H7ST7DM7dKwLGFZEQmb7meif2pnpenKECwzQPnNkUkK9AMpZ4+/xCE8k2wIDAQAB",
  DINGER_MERCHANT_KEY: "demo-dinger-merchant-key",
  DINGER_SECRET_KEY: "demo-dinger-secret-key",
  // AES-256 key: exactly 32 characters, as Dinger issues them.
  DINGER_CALLBACK_KEY: "d655c33205363f5450427e6b6193e466",
  KBZPAY_APP_ID: "demo-kbzpay-app",
  KBZPAY_MERCHANT_CODE: "200001",
  KBZPAY_APP_KEY: "demo-kbzpay-app-key",
  TELEGRAM_BOT_TOKEN: "123456:demo-telegram-bot-token",
  TELEGRAM_WEBHOOK_SECRET: "demo-telegram-webhook-secret",
  ZOOM_ACCOUNT_ID: "demo-zoom-account",
  ZOOM_CLIENT_ID: "demo-zoom-client",
  ZOOM_CLIENT_SECRET: "demo-zoom-client-secret",
  ZOOM_WEBHOOK_SECRET_TOKEN: "demo-zoom-webhook-secret-token",
  MESSENGER_APP_SECRET: "demo-messenger-app-secret",
  MESSENGER_VERIFY_TOKEN: "demo-messenger-verify-token",
  MESSENGER_PAGE_TOKEN: "demo-messenger-page-token",
} as const;

export type SecretName = keyof typeof DEMO_SECRETS;
export const SECRET_NAMES = Object.keys(DEMO_SECRETS) as SecretName[];
