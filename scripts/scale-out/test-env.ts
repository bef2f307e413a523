import { SECRET_NAMES } from "../../lib/config/secrets.ts";

/**
 * A complete production-mode configuration with throwaway test secrets, pointed at loopback stand-ins
 * for KBZPay and email. Nginx on 127.0.0.1 is the trusted proxy (TRUSTED_PROXY_CIDRS), as Cloudflare's
 * ranges are in production (docs/deploy.md).
 */
export function productionTestEnv(options: { databaseUrl: string; appUrl: string; kbzGateway: string; smtpUrl: string; s3?: { endpoint: string; bucket: string; accessKeyId: string; secretAccessKey: string } }): NodeJS.ProcessEnv {
  const secrets = Object.fromEntries(SECRET_NAMES.map((name) => [name, `scale-${name.toLowerCase()}-0123456789abcdef0123456789`]));
  return {
    ...process.env,
    ...secrets,
    APP_MODE: "production",
    NODE_ENV: "production",
    LOG_LEVEL: "info",
    DATABASE_URL: options.databaseUrl,
    APP_URL: options.appUrl,
    TRUSTED_PROXY_CIDRS: "127.0.0.1",
    KBZPAY_APP_ID: "scale-kbz-app",
    KBZPAY_MERCHANT_CODE: "700123",
    KBZPAY_APP_KEY: "scale-out-kbzpay-app-key-0123456789",
    KBZPAY_GATEWAY_URL: options.kbzGateway,
    EMAIL_SMTP_URL: options.smtpUrl,
    EMAIL_FROM: "MMSO <no-reply@example.com>",
    FIREBASE_SERVICE_ACCOUNT: '{"project_id":"mmso-scale-out"}',
    DINGER_PROJECT_NAME: "mmso-scale-out",
    DINGER_MERCHANT_NAME: "MMSO Scale Out",
    RETENTION_CRON: "* * * * *",
    // nginx learns of a stopping instance from its answers (Connection: close) and refused connects:
    // draining longer than nginx's upstream keepalive_timeout (4 s) lets every pooled connection
    // close cleanly before the listener does (docs/deploy.md, ADR 0047).
    SHUTDOWN_DRAIN_DELAY_MS: "5000",
    NEXT_TELEMETRY_DISABLED: "1",
    // Uploaded files in an S3-compatible bucket shared by every instance (ADR 0044).
    ...(options.s3
      ? {
          STORAGE_DRIVER: "s3",
          S3_ENDPOINT: options.s3.endpoint,
          S3_BUCKET: options.s3.bucket,
          S3_ACCESS_KEY_ID: options.s3.accessKeyId,
          S3_SECRET_ACCESS_KEY: options.s3.secretAccessKey,
          S3_FORCE_PATH_STYLE: "true",
        }
      : {}),
  };
}
