import "server-only";
import type { Tx } from "@/lib/db";
import type { NotificationChannel, NotificationKind, Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/locales";
import { resolveChannels } from "./effective-channels";

/** Recipients handled per round of inserts (a course may have thousands of students). */
export const NOTIFY_BATCH = 1000;

/** The outbox kind the delivery worker takes for push, Telegram and email (one row per person and channel). */
export const DELIVER_KIND = "notification.deliver";

/** Every channel a platform notification may use; SMS stays for sign-in codes (preference-defaults.ts). */
export const NOTIFY_CHANNELS: readonly NotificationChannel[] = ["IN_APP", "PUSH", "TELEGRAM", "EMAIL"];

export type NotifyText = { title: string; body: string };

export type NotifyInput = {
  kind: NotificationKind;
  /** User ids; people who are not ACTIVE are left out. Duplicates count once. */
  recipients: readonly string[];
  /** The text in one language; called at most once per language. */
  render: (locale: Locale) => NotifyText;
  /** Deep-link data of the inbox row and the push message: ids only, never personal data. */
  data: Record<string, string>;
  /** Identifies the event: the same prefix twice writes nothing new for a person already notified. */
  keyPrefix: string;
  centerId?: string | null;
  announcementId?: string;
  /** Defaults to NOTIFY_CHANNELS. */
  channels?: readonly NotificationChannel[];
};

/** The outbox key of one person's delivery on one channel: written once, however often retried. */
export const deliverKey = (keyPrefix: string, channel: NotificationChannel, userId: string) => `${keyPrefix}:${channel}:${userId}`;

/** What the worker's `notification.deliver` rows carry (ids only, unless no inbox row holds the text). */
export type DeliverPayload = {
  notificationKind: NotificationKind;
  channel: NotificationChannel;
  userId: string;
  notificationId: string | null;
  centerId?: string;
  announcementId?: string;
  /** Only when there is neither an inbox row nor an announcement to load the text from (in-app turned off). */
  title?: string;
  body?: string;
  data?: Record<string, string>;
};

/**
 * Writes one notification's fan-out inside the caller's transaction, `NOTIFY_BATCH` people at a
 * time. Per person and channel, as their preferences allow (policy S2):
 * - in-app: the inbox row in their language, and a SENT delivery (delivered once the row exists);
 * - push, Telegram, email: one `notification.deliver` outbox row, whose delivery the worker records;
 * - a channel not allowed or not reachable: a SKIPPED delivery with the reason, and nothing else.
 * A person who already has this event's inbox row or outbox rows is left alone, so a repeated
 * call (a handler re-run after a crash) writes nothing twice. Returns how many people were newly notified.
 */
export async function notifyUsers(tx: Tx, input: NotifyInput): Promise<number> {
  const ids = [...new Set(input.recipients)];
  const texts = new Map<Locale, NotifyText>();
  const textFor = (locale: Locale): NotifyText => {
    let text = texts.get(locale);
    if (!text) texts.set(locale, (text = input.render(locale)));
    return text;
  };
  let notified = 0;
  for (let start = 0; start < ids.length; start += NOTIFY_BATCH) {
    notified += await notifyBatch(tx, input, ids.slice(start, start + NOTIFY_BATCH), textFor);
  }
  return notified;
}

async function notifyBatch(tx: Tx, input: NotifyInput, batch: string[], textFor: (locale: Locale) => NotifyText): Promise<number> {
  const { kind, keyPrefix, announcementId } = input;
  const channels = input.channels ?? NOTIFY_CHANNELS;
  const active = await tx.user.findMany({ where: { id: { in: batch }, status: "ACTIVE" }, select: { id: true, locale: true } });
  const done = await alreadyNotified(tx, input, channels, active.map((u) => u.id));
  const people = active.filter((u) => !done.has(u.id));
  if (people.length === 0) return 0;
  const outcomes = await resolveChannels(tx, people.map((p) => p.id), kind, channels);
  const centerId = input.centerId ?? undefined;
  const base = { kind, centerId: centerId ?? null, announcementId: announcementId ?? null };
  const localeOf = (user: { locale: "EN" | "MY" }): Locale => (user.locale === "EN" ? "en" : "my");

  // In-app first: the inbox rows' ids go into their deliveries and the outbox payloads (deep link).
  // An announcement's rows are found again by their announcementId; any other event's by `eventKey`.
  const data = announcementId ? input.data : { ...input.data, eventKey: keyPrefix };
  const inApp = people.filter((p) => outcomes.get(p.id)?.some((o) => o.channel === "IN_APP" && o.deliver));
  const created = inApp.length
    ? await tx.notification.createManyAndReturn({
        data: inApp.map((p) => ({ userId: p.id, kind, announcementId: announcementId ?? null, ...textFor(localeOf(p)), data })),
        select: { id: true, userId: true },
      })
    : [];
  const inboxIds = new Map(created.map((row) => [row.userId, row.id]));

  const deliveries: Prisma.NotificationDeliveryCreateManyInput[] = [];
  const outbox: Prisma.OutboxMessageCreateManyInput[] = [];
  for (const person of people) {
    const userId = person.id;
    const notificationId = inboxIds.get(userId) ?? null;
    for (const outcome of outcomes.get(userId) ?? []) {
      if (!outcome.deliver) {
        deliveries.push({ ...base, userId, notificationId, channel: outcome.channel, status: "SKIPPED", errorCode: outcome.reason });
      } else if (outcome.channel === "IN_APP") {
        deliveries.push({ ...base, userId, notificationId, channel: "IN_APP", status: "SENT" });
      } else {
        const payload: DeliverPayload = { notificationKind: kind, channel: outcome.channel, userId, notificationId };
        if (centerId) payload.centerId = centerId;
        if (announcementId) payload.announcementId = announcementId;
        // Without an inbox row or an announcement the worker has nowhere to load the text from.
        if (!notificationId && !announcementId) Object.assign(payload, textFor(localeOf(person)), { data: input.data });
        outbox.push({ kind: DELIVER_KIND, payload, idempotencyKey: deliverKey(keyPrefix, outcome.channel, userId) });
      }
    }
  }
  if (deliveries.length) await tx.notificationDelivery.createMany({ data: deliveries });
  if (outbox.length) await tx.outboxMessage.createMany({ data: outbox, skipDuplicates: true });
  return people.length;
}

/** People of the batch this event already reached: an inbox row or an outbox row of theirs exists. */
async function alreadyNotified(tx: Tx, input: NotifyInput, channels: readonly NotificationChannel[], userIds: string[]): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const external = channels.filter((c) => c !== "IN_APP");
  const [inbox, queued] = await Promise.all([
    tx.notification.findMany({
      where: {
        userId: { in: userIds },
        kind: input.kind,
        ...(input.announcementId ? { announcementId: input.announcementId } : { data: { path: ["eventKey"], equals: input.keyPrefix } }),
      },
      select: { userId: true },
    }),
    external.length
      ? tx.outboxMessage.findMany({
          where: { idempotencyKey: { in: userIds.flatMap((id) => external.map((c) => deliverKey(input.keyPrefix, c, id))) } },
          select: { idempotencyKey: true },
        })
      : [],
  ]);
  // A key ends with ":<userId>" (deliverKey).
  return new Set([...inbox.map((n) => n.userId), ...queued.map((o) => o.idempotencyKey.slice(o.idempotencyKey.lastIndexOf(":") + 1))]);
}
