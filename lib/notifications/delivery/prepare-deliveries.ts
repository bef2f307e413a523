import "server-only";
import { db } from "@/lib/db";
import type { NotificationKind, Prisma } from "@/lib/generated/prisma/client";
import { localized } from "@/lib/i18n/localized";
import type { OutboxJob } from "@/lib/outbox/types";
import { resolveChannels, type ChannelOutcome } from "../effective-channels";
import type { ChannelMessage } from "./channel-sender";
import { deliverPayloadSchema, type ExternalChannel, type ParsedDeliverPayload } from "./deliver-payload";

/** The delivery log row of one outbox row, before its outcome is known. */
export type DeliveryRow = Omit<Prisma.NotificationDeliveryCreateManyInput, "status" | "errorCode"> & { outboxId: string };

/** What to do with one claimed row. */
export type Prepared =
  | { action: "invalid" }
  | { action: "done" }
  | { action: "skip"; row: DeliveryRow; reason: string }
  | { action: "send"; row: DeliveryRow; channel: ExternalChannel; message: ChannelMessage };

type Valid = { job: OutboxJob; payload: ParsedDeliverPayload };

/**
 * Decides each row at delivery time, with a few queries for the whole batch: a row already logged
 * is done (a re-run after a crash); a person gone, deactivated, who turned the channel off since
 * the fan-out (policy S2) or is no longer reachable on it is skipped; otherwise the message is
 * built from the inbox row (or the announcement, or the payload's own text) in their language.
 */
export async function prepareDeliveries(jobs: readonly OutboxJob[]): Promise<Prepared[]> {
  const parsed = jobs.map((job) => {
    const result = deliverPayloadSchema.safeParse(job.payload);
    return result.success ? { job, payload: result.data } : null;
  });
  const valid = parsed.filter((p): p is Valid => p !== null);
  const idsOf = (pick: (p: ParsedDeliverPayload) => string | null | undefined) => [...new Set(valid.map((v) => pick(v.payload)).filter((id): id is string => !!id))];
  const [logged, users, notifications, announcements, outcomes] = await Promise.all([
    db.notificationDelivery.findMany({ where: { outboxId: { in: valid.map((v) => v.job.id) } }, select: { outboxId: true } }),
    db.user.findMany({ where: { id: { in: idsOf((p) => p.userId) } }, select: { id: true, status: true, locale: true } }),
    db.notification.findMany({ where: { id: { in: idsOf((p) => p.notificationId) } }, select: { id: true, userId: true, title: true, body: true, data: true } }),
    db.courseAnnouncement.findMany({ where: { id: { in: idsOf((p) => p.announcementId) } }, select: { id: true, titleEn: true, titleMy: true, bodyEn: true, bodyMy: true } }),
    channelOutcomes(valid),
  ]);
  const loggedIds = new Set(logged.map((l) => l.outboxId));
  const userById = new Map(users.map((u) => [u.id, u]));
  const inboxById = new Map(notifications.map((n) => [n.id, n]));
  const announcementById = new Map(announcements.map((a) => [a.id, a]));

  return parsed.map((entry): Prepared => {
    if (!entry) return { action: "invalid" };
    const { job, payload } = entry;
    if (loggedIds.has(job.id)) return { action: "done" };
    const user = userById.get(payload.userId);
    const inbox = payload.notificationId ? inboxById.get(payload.notificationId) : undefined;
    const announcement = payload.announcementId ? announcementById.get(payload.announcementId) : undefined;
    const row: DeliveryRow = {
      outboxId: job.id,
      // Ids of rows deleted since (a deleted person, a pruned inbox row) would break the log's
      // foreign keys: the log row stays, without them.
      userId: user ? payload.userId : null,
      centerId: payload.centerId ?? null,
      notificationId: inbox && inbox.userId === payload.userId ? inbox.id : null,
      announcementId: announcement?.id ?? null,
      kind: payload.notificationKind,
      channel: payload.channel,
    };
    if (!user) return { action: "skip", row, reason: "user_gone" };
    if (user.status !== "ACTIVE") return { action: "skip", row, reason: "user_inactive" };
    const outcome = outcomes.get(`${payload.notificationKind}:${payload.userId}:${payload.channel}`);
    if (!outcome) return { action: "skip", row, reason: "preference_off" };
    if (!outcome.deliver) return { action: "skip", row, reason: outcome.reason };

    const locale = user.locale === "EN" ? "en" : "my";
    let text: { title: string; body: string; data: Record<string, string> } | null = null;
    if (inbox && inbox.userId === payload.userId) {
      text = { title: inbox.title, body: inbox.body, data: { ...stringsOf(inbox.data), notificationId: inbox.id } };
    } else if (announcement) {
      text = {
        title: localized(announcement.titleEn, announcement.titleMy, locale),
        body: localized(announcement.bodyEn, announcement.bodyMy, locale),
        data: { announcementId: announcement.id },
      };
    } else if (payload.title !== undefined && payload.body !== undefined) {
      text = { title: payload.title, body: payload.body, data: payload.data ?? {} };
    }
    // The inbox row was pruned (policy S7) or the announcement deleted before delivery: nothing left to say.
    if (!text) return { action: "skip", row, reason: "text_gone" };
    const message: ChannelMessage = { userId: payload.userId, kind: payload.notificationKind, ...text, idempotencyKey: job.idempotencyKey };
    return { action: "send", row, channel: payload.channel, message };
  });
}

/** Preferences and reachability now, per kind, person and channel: `${kind}:${userId}:${channel}`. */
async function channelOutcomes(valid: Valid[]): Promise<Map<string, ChannelOutcome>> {
  const byKind = new Map<NotificationKind, Valid[]>();
  for (const v of valid) byKind.set(v.payload.notificationKind, [...(byKind.get(v.payload.notificationKind) ?? []), v]);
  const result = new Map<string, ChannelOutcome>();
  for (const [kind, group] of byKind) {
    const userIds = [...new Set(group.map((v) => v.payload.userId))];
    const channels = [...new Set(group.map((v) => v.payload.channel))];
    const outcomes = await resolveChannels(db, userIds, kind, channels);
    for (const [userId, list] of outcomes) for (const outcome of list) result.set(`${kind}:${userId}:${outcome.channel}`, outcome);
  }
  return result;
}

/** The string values of an inbox row's data (deep-link ids), without the internal event key. */
function stringsOf(data: unknown): Record<string, string> {
  if (!data || typeof data !== "object" || Array.isArray(data)) return {};
  return Object.fromEntries(Object.entries(data).filter((e): e is [string, string] => typeof e[1] === "string" && e[0] !== "eventKey"));
}
