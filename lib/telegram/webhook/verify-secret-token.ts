import { createHash, timingSafeEqual } from "node:crypto";

/**
 * Security-critical: `X-Telegram-Bot-Api-Secret-Token` against the secret given to `setWebhook`.
 * Both sides are hashed first so that the comparison is constant-time whatever the lengths.
 */
export function verifyTelegramSecretToken(received: string | null, secret: string): boolean {
  if (!received || !secret) return false;
  const a = createHash("sha256").update(received).digest();
  const b = createHash("sha256").update(secret).digest();
  return timingSafeEqual(a, b);
}
