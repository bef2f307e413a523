import "server-only";
import { db } from "@/lib/db";
import { LAST_SEEN_RESOLUTION_MS } from "./token-lifetimes";

/** Records activity on a session at most once a minute, so reads stay reads. */
export async function touchLastSeen(kind: "mobile" | "web", sessionId: string, lastSeenAt: Date | null, now = new Date()) {
  if (lastSeenAt && now.getTime() - lastSeenAt.getTime() < LAST_SEEN_RESOLUTION_MS) return;
  const cutoff = new Date(now.getTime() - LAST_SEEN_RESOLUTION_MS);
  const where = { id: sessionId, OR: [{ lastSeenAt: null }, { lastSeenAt: { lt: cutoff } }] };
  if (kind === "mobile") await db.mobileSession.updateMany({ where, data: { lastSeenAt: now } });
  else await db.session.updateMany({ where, data: { lastSeenAt: now } });
}
