import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { RETENTION_DEFAULT_DAYS, type RetentionPeriod } from "@/lib/retention/periods";
import { createUser, unique } from "./factories";
import { createConversation, newMid } from "./messenger-factories";

/** Just past a period (due) and just inside it (kept), around the default cutoff for `now`. */
export function edges(now: Date, period: RetentionPeriod) {
  const cutoff = now.getTime() - RETENTION_DEFAULT_DAYS[period] * 86_400_000;
  return { due: new Date(cutoff - 1_000), kept: new Date(cutoff + 1_000), cutoff: new Date(cutoff) };
}

type Pair = { due: string; kept: string };

/**
 * For every retention rule, one row just past its period and one just inside it (ids by rule name).
 * Rows that are kept for another reason (an active session, a pending outbox row) are in `alwaysKept`.
 */
export async function seedRetentionEdges(now: Date) {
  const user = await createUser();
  const far = new Date(now.getTime() + 30 * 86_400_000);
  const pairs: Record<string, Pair> = {};
  const alwaysKept: Record<string, string> = {};
  const pair = async (name: string, create: (at: Date) => Promise<{ id: string }>, period: RetentionPeriod) => {
    const { due, kept } = edges(now, period);
    pairs[name] = { due: (await create(due)).id, kept: (await create(kept)).id };
  };
  const base = { userId: user.id, kind: "COURSE_ANNOUNCEMENT" as const };

  await pair("notification_deliveries", (at) => db.notificationDelivery.create({ data: { ...base, channel: "PUSH", status: "SENT", createdAt: at } }), "NOTIFICATION_DELIVERIES");
  await pair("notifications", (at) => db.notification.create({ data: { ...base, title: "t", body: "b", createdAt: at } }), "NOTIFICATIONS");
  await pair("usage_events", (at) => db.usageEvent.create({ data: { userId: user.id, name: "screen_view", at, receivedAt: now } }), "USAGE_EVENTS");

  const liveMobile = await db.mobileSession.create({ data: { userId: user.id, expiresAt: far, ip: "203.0.113.7" } });
  alwaysKept.mobile_sessions = liveMobile.id;
  await pair("refresh_tokens", (at) => db.refreshToken.create({ data: { sessionId: liveMobile.id, tokenHash: unique("hash"), expiresAt: at } }), "SESSIONS");
  await pair("mobile_sessions", (at) => db.mobileSession.create({ data: { userId: user.id, expiresAt: far, revokedAt: at, revokedReason: "LOGOUT", ip: "203.0.113.8" } }), "SESSIONS");
  const expiredMobile = await db.mobileSession.create({ data: { userId: user.id, expiresAt: edges(now, "SESSIONS").due } });
  // Its refresh token goes with it by cascade.
  alwaysKept.cascadedRefreshToken = (await db.refreshToken.create({ data: { sessionId: expiredMobile.id, tokenHash: unique("hash"), expiresAt: far } })).id;
  alwaysKept.expiredMobile = expiredMobile.id;

  const webSession = (data: { expires: Date; revokedAt?: Date }) => db.session.create({ data: { userId: user.id, sessionToken: unique("st"), ip: "203.0.113.9", ...data } });
  await pair("web_sessions", (at) => webSession({ expires: at }), "SESSIONS");
  alwaysKept.revokedWeb = (await webSession({ expires: far, revokedAt: edges(now, "SESSIONS").due })).id;
  alwaysKept.web_sessions = (await webSession({ expires: far })).id;

  const activity = (at: Date, ip: string | null) => db.activityLog.create({ data: { actorUserId: user.id, action: "course.publish", ip, userAgent: ip && "Mozilla/5.0", os: ip && "Android", country: "MM", createdAt: at } });
  await pair("activity_network", (at) => activity(at, "203.0.113.10"), "ACTIVITY_NETWORK");
  await pair("activity_logs", (at) => activity(at, null), "ACTIVITY_LOGS");

  const otp = (at: Date) => db.otpChallenge.create({ data: { channel: "SMS", destination: "+959790000001", codeHash: "x", bindingId: randomUUID(), ip: "203.0.113.11", expiresAt: at } });
  await pair("otp_challenges", otp, "OTP_CHALLENGES");
  await pair("rate_limit_buckets", (at) => db.rateLimitBucket.create({ data: { key: unique("ip"), windowStart: at, expiresAt: at } }), "RATE_LIMIT_BUCKETS");

  const active = await createConversation();
  alwaysKept.messenger_conversations = active.id;
  await pair("messenger_messages", (at) => db.messengerMessage.create({ data: { conversationId: active.id, direction: "IN", mid: newMid(), text: "hi", sentAt: at, createdAt: at } }), "MESSENGER");
  await pair("messenger_events", (at) => db.messengerEvent.create({ data: { conversationId: active.id, type: "READ", watermark: at, receivedAt: at } }), "MESSENGER");
  await pair("messenger_conversations", (at) => db.messengerConversation.create({ data: { psid: unique("psid"), lastActivityAt: at } }), "MESSENGER");

  const outbox = (status: "DELIVERED" | "DEAD" | "PENDING", at: Date) =>
    db.outboxMessage.create({ data: { kind: "test.x", payload: {}, idempotencyKey: randomUUID(), status, deliveredAt: status === "DELIVERED" ? at : null, updatedAt: at, createdAt: at } });
  await pair("outbox_delivered", (at) => outbox("DELIVERED", at), "OUTBOX_DELIVERED");
  await pair("outbox_parked", (at) => outbox("DEAD", at), "OUTBOX_PARKED");
  // Still waiting to be delivered: never pruned, however old.
  alwaysKept.pendingOutbox = (await outbox("PENDING", new Date(now.getTime() - 1_000 * 86_400_000))).id;
  await pair("dev_messages", (at) => db.devMessage.create({ data: { channel: "SMS", to: "+959790000001", body: "code", createdAt: at } }), "DEV_MESSAGES");

  return { user, pairs, alwaysKept };
}
