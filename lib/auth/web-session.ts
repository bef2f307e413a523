import "server-only";
import { db, type Tx } from "@/lib/db";
import type { SessionRevokedReason } from "@/lib/generated/prisma/client";
import type { ClientInfo } from "@/lib/http/client-info";
import type { Actor } from "./actor";
import { hashToken, newOpaqueToken } from "./opaque-token";
import { WEB_SESSION_TTL_SECONDS } from "./token-lifetimes";
import { touchLastSeen } from "./touch-last-seen";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Creates the server-side row behind a web sign-in. The cookie carries only this row's id (inside
 * Auth.js's encrypted JWT); the random sessionToken is stored hashed and never handed out, it only
 * satisfies the adapter's unique column.
 */
export async function createWebSession(tx: Tx, userId: string, client: ClientInfo) {
  const now = new Date();
  return tx.session.create({
    data: {
      userId,
      sessionToken: hashToken(newOpaqueToken()),
      expires: new Date(now.getTime() + WEB_SESSION_TTL_SECONDS * 1000),
      deviceType: client.deviceType,
      os: client.os,
      browser: client.browser,
      ip: client.ip,
      country: client.country,
      lastSeenAt: now,
    },
    select: { id: true, expires: true },
  });
}

type Row = { role: Actor["platformRole"]; last_seen_at: Date | null };

/**
 * The actor of a web session, or null when the row is revoked or expired or its user is not ACTIVE.
 * Security-critical: runs on every `auth()` so that sign-out, deactivation and deletion end a
 * browser session at once, although the cookie itself is a self-contained JWT.
 */
export async function validateWebSession(sessionId: unknown, userId: unknown): Promise<Actor | null> {
  if (typeof sessionId !== "string" || typeof userId !== "string" || !UUID.test(sessionId) || !UUID.test(userId)) return null;
  const rows = await db.$queryRaw<Row[]>`
    SELECT u.role::text AS role, s.last_seen_at
    FROM sessions s JOIN users u ON u.id = s.user_id
    WHERE s.id = ${sessionId}::uuid AND s.user_id = ${userId}::uuid
      AND s.revoked_at IS NULL AND s.expires > now() AND u.status = 'ACTIVE'`;
  const row = rows[0];
  if (!row) return null;
  await touchLastSeen("web", sessionId, row.last_seen_at);
  return { userId, platformRole: row.role, sessionId, sessionKind: "web" };
}

/** Ends one web session (sign-out); the next `auth()` with its cookie yields no session. */
export async function revokeWebSession(sessionId: string, reason: SessionRevokedReason): Promise<void> {
  if (!UUID.test(sessionId)) return;
  await db.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date(), revokedReason: reason } });
}
