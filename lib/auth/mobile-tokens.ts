import "server-only";
import { logActivity } from "@/lib/audit/log-activity";
import { db, type Tx } from "@/lib/db";
import type { SessionRevokedReason } from "@/lib/generated/prisma/client";
import type { ClientInfo } from "@/lib/http/client-info";
import { AppError } from "@/lib/http/errors";
import { signAccessToken } from "./access-token";
import { hashToken, newOpaqueToken } from "./opaque-token";
import { enqueueSecurityAlert } from "./security-alert";
import { ACCESS_TOKEN_TTL_SECONDS, MOBILE_SESSION_TTL_SECONDS } from "./token-lifetimes";

export type TokenPair = { accessToken: string; refreshToken: string; expiresIn: number; sessionId: string };

async function pairFor(userId: string, sessionId: string, refreshToken: string): Promise<TokenPair> {
  const accessToken = await signAccessToken({ userId, sessionId });
  return { accessToken, refreshToken, expiresIn: ACCESS_TOKEN_TTL_SECONDS, sessionId };
}

/** Opens a mobile session (one refresh-token family) for a signed-in user, inside the login transaction. */
export async function issueMobileSession(tx: Tx, user: { id: string }, client: ClientInfo): Promise<TokenPair> {
  const now = new Date();
  const expiresAt = new Date(now.getTime() + MOBILE_SESSION_TTL_SECONDS * 1000);
  const session = await tx.mobileSession.create({
    data: {
      userId: user.id,
      platform: client.platform,
      deviceType: client.deviceType,
      deviceModel: client.deviceModel,
      os: client.os,
      appVersion: client.appVersion,
      ip: client.ip,
      country: client.country,
      lastSeenAt: now,
      expiresAt,
    },
    select: { id: true },
  });
  const refreshToken = newOpaqueToken();
  await tx.refreshToken.create({ data: { sessionId: session.id, tokenHash: hashToken(refreshToken), expiresAt } });
  return pairFor(user.id, session.id, refreshToken);
}

const invalidRefresh = () => new AppError("invalid_refresh_token");

/**
 * Exchanges a refresh token for a new pair. Security-critical: each token works once; presenting
 * a rotated token again (a stolen copy, or the loser of a race) revokes the whole family.
 */
export async function refreshMobileSession(refreshToken: string, client: ClientInfo): Promise<TokenPair> {
  const now = new Date();
  const found = await db.refreshToken.findUnique({
    where: { tokenHash: hashToken(refreshToken) },
    select: {
      id: true,
      expiresAt: true,
      rotatedAt: true,
      revokedAt: true,
      session: { select: { id: true, userId: true, revokedAt: true, expiresAt: true, user: { select: { status: true } } } },
    },
  });
  if (!found) throw invalidRefresh();
  const { session } = found;
  if (found.rotatedAt) {
    // Once the family is dead, further replays change nothing and are not logged again.
    if (!session.revokedAt) await revokeFamilyForReuse(found.id, session.id, session.userId, client);
    throw invalidRefresh();
  }
  const usable =
    !found.revokedAt && found.expiresAt > now && !session.revokedAt && session.expiresAt > now && session.user.status === "ACTIVE";
  if (!usable) throw invalidRefresh();

  const next = newOpaqueToken();
  const rotated = await db.$transaction(async (tx) => {
    // The conditional update is the lock: of two concurrent refreshes with one token, one wins.
    const claimed = await tx.refreshToken.updateMany({
      where: { id: found.id, rotatedAt: null, revokedAt: null },
      data: { rotatedAt: now },
    });
    if (claimed.count !== 1) return false;
    const successor = await tx.refreshToken.create({
      data: { sessionId: session.id, tokenHash: hashToken(next), expiresAt: session.expiresAt },
      select: { id: true },
    });
    await tx.refreshToken.update({ where: { id: found.id }, data: { replacedById: successor.id } });
    await tx.mobileSession.update({
      where: { id: session.id },
      data: { lastSeenAt: now, ...(client.ip ? { ip: client.ip, country: client.country } : {}) },
    });
    return true;
  });
  if (!rotated) {
    await revokeFamilyForReuse(found.id, session.id, session.userId, client);
    throw invalidRefresh();
  }
  return pairFor(session.userId, session.id, next);
}

async function revokeFamilyForReuse(tokenId: string, sessionId: string, userId: string, client: ClientInfo) {
  await db.$transaction(async (tx) => {
    const now = new Date();
    await tx.refreshToken.update({ where: { id: tokenId }, data: { reuseDetectedAt: now } });
    await revokeFamily(tx, sessionId, "REFRESH_TOKEN_REUSE", now);
    await enqueueSecurityAlert(tx, { userId, event: "refresh_token_reuse", sessionId, platform: client.platform, at: now });
    await logActivity(tx, {
      action: "auth.refresh_token_reuse",
      actorUserId: userId,
      targetType: "mobile_session",
      targetId: sessionId,
      client,
    });
  });
}

async function revokeFamily(tx: Tx, sessionId: string, reason: SessionRevokedReason, now: Date) {
  await tx.mobileSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: now, revokedReason: reason } });
  await tx.refreshToken.updateMany({ where: { sessionId, revokedAt: null }, data: { revokedAt: now } });
  // The install is no longer signed in: its push tokens go with the session (S1.2, S6), so it
  // shows none of this person's notifications from now on.
  await tx.deviceToken.deleteMany({ where: { sessionId } });
}

/** Revokes one mobile session and every refresh token of its family; access tokens die with it. */
export async function revokeMobileSession(sessionId: string, reason: SessionRevokedReason, client?: Tx): Promise<void> {
  const now = new Date();
  if (client) return revokeFamily(client, sessionId, reason, now);
  await db.$transaction((tx) => revokeFamily(tx, sessionId, reason, now));
}
