import "server-only";
import { db } from "@/lib/db";

/** Chatbot data is kept this long after a conversation's last activity (M4; ADR 0032). */
export const MESSENGER_RETENTION_DAYS = 180;
const BATCH = 500;

/**
 * Deletes conversations idle for longer than the retention period, in batches (messages, events
 * and their support requests go with them by cascade). Returns how many were deleted.
 */
export async function pruneMessengerConversations(now = new Date()): Promise<{ deleted: number }> {
  const cutoff = new Date(now.getTime() - MESSENGER_RETENTION_DAYS * 24 * 3600_000);
  let deleted = 0;
  for (;;) {
    const batch = await db.messengerConversation.findMany({ where: { lastActivityAt: { lt: cutoff } }, select: { id: true }, take: BATCH });
    if (batch.length === 0) break;
    const { count } = await db.messengerConversation.deleteMany({ where: { id: { in: batch.map((row) => row.id) }, lastActivityAt: { lt: cutoff } } });
    deleted += count;
    if (batch.length < BATCH) break;
  }
  return { deleted };
}
