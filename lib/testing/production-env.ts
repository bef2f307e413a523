import { SECRET_NAMES } from "@/lib/config/secrets";

/** A complete, non-demo production configuration for tests (values are throwaway). */
export function productionEnv(): Record<string, string> {
  const secrets = Object.fromEntries(SECRET_NAMES.map((name) => [name, `test-${name.toLowerCase()}-0123456789abcdef0123456789`]));
  return {
    ...secrets,
    APP_MODE: "production",
    FIREBASE_SERVICE_ACCOUNT: '{"project_id":"mmso-test"}',
    EMAIL_SMTP_URL: "smtps://mmso:test@smtp.example.com",
    EMAIL_FROM: "MMSO <no-reply@example.com>",
    DINGER_PROJECT_NAME: "mmso-test",
    DINGER_MERCHANT_NAME: "MMSO Test",
  };
}
