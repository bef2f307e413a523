import "server-only";
import { db } from "@/lib/db";
import { verifyAccessToken } from "./access-token";
import type { Actor } from "./actor";
import { touchLastSeen } from "./touch-last-seen";

type Row = { role: Actor["platformRole"]; last_seen_at: Date | null };

/**
 * Resolves a mobile access token to its actor, or null when the token is not valid.
 * Security-critical: a valid signature is not enough. One indexed query (primary keys of
 * mobile_sessions and users) checks that the session is neither revoked nor expired and that the
 * user is ACTIVE, so logout, refresh-token reuse, deactivation and deletion take effect on the
 * very next call rather than when the 15-minute token expires.
 */
export async function resolveBearer(token: string): Promise<Actor | null> {
  const claims = await verifyAccessToken(token);
  if (!claims) return null;
  const rows = await db.$queryRaw<Row[]>`
    SELECT u.role::text AS role, s.last_seen_at
    FROM mobile_sessions s JOIN users u ON u.id = s.user_id
    WHERE s.id = ${claims.sessionId}::uuid AND s.user_id = ${claims.userId}::uuid
      AND s.revoked_at IS NULL AND s.expires_at > now() AND u.status = 'ACTIVE'`;
  const row = rows[0];
  if (!row) return null;
  await touchLastSeen("mobile", claims.sessionId, row.last_seen_at);
  return { userId: claims.userId, platformRole: row.role, sessionId: claims.sessionId, sessionKind: "mobile" };
}
