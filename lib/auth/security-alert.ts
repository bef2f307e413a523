import "server-only";
import { z } from "zod";
import type { Tx } from "@/lib/db";
import { enqueueOutbox } from "@/lib/outbox/enqueue";

/** The outbox kind of a security alert (NotificationKind ACCOUNT_SECURITY, locked on: preference-defaults). */
export const SECURITY_ALERT_KIND = "account.security_alert";

/**
 * What the alert's handler receives: ids, an enum and a time only. The handler loads the person and
 * writes the message in their language; no address, device name or token travels in the row.
 */
export const securityAlertPayload = z.object({
  userId: z.uuid(),
  event: z.enum(["new_sign_in", "refresh_token_reuse"]),
  platform: z.enum(["IOS", "ANDROID", "WEB"]).optional(),
  at: z.iso.datetime(),
});
export type SecurityAlertPayload = z.infer<typeof securityAlertPayload>;

/**
 * Writes the alert inside the transaction that caused it (a new mobile session, a revoked refresh
 * family). Keyed by the session: one alert per sign-in, one per revoked family however many
 * replays of a stolen token arrive.
 */
export async function enqueueSecurityAlert(
  tx: Tx,
  alert: { userId: string; event: SecurityAlertPayload["event"]; sessionId: string; platform?: SecurityAlertPayload["platform"] | null; at: Date },
): Promise<void> {
  const payload: SecurityAlertPayload = { userId: alert.userId, event: alert.event, at: alert.at.toISOString(), ...(alert.platform ? { platform: alert.platform } : {}) };
  await enqueueOutbox(tx, { kind: SECURITY_ALERT_KIND, payload, idempotencyKey: `security:${alert.event}:${alert.sessionId}` });
}
