import "server-only";
import type { Db, Tx } from "@/lib/db";
import type { ClientInfo } from "@/lib/http/client-info";

export type ActivityMetadata = Record<string, string | number | boolean | null>;

export type ActivityEntry = {
  /** "resource.action", e.g. "staff.invited". */
  action: string;
  actorUserId?: string | null;
  centerId?: string | null;
  targetType?: string;
  targetId?: string;
  client?: ClientInfo;
  /**
   * Ids, enums and counts only — never a name, phone, email, message text or token (policy C1,
   * ADR 0001: "ActivityLog.metadata holds ids only"). Values that look like a phone or an email are
   * refused, so a mistake fails in tests instead of leaking into a log kept for months.
   */
  metadata?: ActivityMetadata;
};

const EMAIL_LIKE = /[^\s@]+@[^\s@]+\.[^\s@]+/;
// A phone number: digits (and spaces), optionally after "+". UUIDs never match (they have hyphens
// and letters), nor do enum values.
const PHONE_LIKE = /^\+?\d[\d ]{5,}$/;

/** Refuses metadata that holds something shaped like personal contact data. */
export function assertNoPersonalData(metadata: ActivityMetadata): void {
  for (const [key, value] of Object.entries(metadata)) {
    if (typeof value === "string" && (EMAIL_LIKE.test(value) || PHONE_LIKE.test(value))) {
      throw new Error(`Activity metadata "${key}" looks like personal data; pass ids and enums only`);
    }
  }
}

/** Writes one activity-log entry with the request's device and network data (policy C1–C3). */
export async function logActivity(client: Tx | Db, entry: ActivityEntry): Promise<void> {
  if (entry.metadata) assertNoPersonalData(entry.metadata);
  const info = entry.client;
  await client.activityLog.create({
    data: {
      action: entry.action,
      actorUserId: entry.actorUserId ?? null,
      centerId: entry.centerId ?? null,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      ip: info?.ip ?? null,
      country: info?.country ?? null,
      userAgent: info?.userAgent ?? null,
      deviceType: info?.deviceType ?? null,
      os: info?.os ?? null,
      browser: info?.browser ?? null,
      appVersion: info?.appVersion ?? null,
      requestId: info?.requestId ?? null,
      ...(entry.metadata ? { metadata: entry.metadata } : {}),
    },
  });
}
