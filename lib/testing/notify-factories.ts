import { db } from "@/lib/db";
import type { NotificationChannel, NotificationKind } from "@/lib/generated/prisma/client";
import type { ChannelMessage, ChannelResult } from "@/lib/notifications/delivery/channel-sender";
import type { ChannelSenders } from "@/lib/notifications/delivery/channel-senders-table";
import { DELIVER_KIND } from "@/lib/notifications/notify-users";
import type { OutboxJob } from "@/lib/outbox/types";
import { createUser, unique } from "./factories";

type PersonOptions = {
  locale?: "EN" | "MY";
  device?: boolean;
  telegram?: boolean;
  email?: boolean;
  /** Explicit preferences: kind → channel → enabled (absent: the defaults). */
  preferences?: Partial<Record<NotificationKind, Partial<Record<NotificationChannel, boolean>>>>;
};

/** A person with, as asked, a push device, a Telegram link, an email address and explicit preferences. */
export async function createNotifiedPerson(options: PersonOptions = {}) {
  const user = await createUser({ locale: options.locale ?? "MY", ...(options.email ? { email: `${unique("person")}@example.test` } : {}) });
  if (options.device) await db.deviceToken.create({ data: { userId: user.id, token: unique("fcm"), platform: "ANDROID" } });
  if (options.telegram) {
    await db.telegramLink.create({ data: { userId: user.id, telegramId: BigInt(Math.floor(Math.random() * 1e12)), authDate: new Date() } });
  }
  for (const [kind, channels] of Object.entries(options.preferences ?? {})) {
    for (const [channel, enabled] of Object.entries(channels)) {
      await db.notificationPreference.create({ data: { userId: user.id, kind: kind as NotificationKind, channel: channel as NotificationChannel, enabled } });
    }
  }
  return user;
}

/** Sets one explicit preference (as the preferences screen would). */
export async function setPreference(userId: string, kind: NotificationKind, channel: NotificationChannel, enabled: boolean) {
  await db.notificationPreference.upsert({ where: { userId_kind_channel: { userId, kind, channel } }, create: { userId, kind, channel, enabled }, update: { enabled } });
}

type Behaviour = (message: ChannelMessage) => ChannelResult | Error;

/**
 * Channel senders that record what they were asked to send. Each answers SENT unless `behaviour`
 * says otherwise for its channel (return an Error — RetryLater, PermanentFailure — to fail one message).
 */
export function recordingSenders(behaviour: Partial<Record<keyof ChannelSenders, Behaviour>> = {}) {
  const sent: Array<ChannelMessage & { channel: keyof ChannelSenders }> = [];
  const pushCalls: number[] = [];
  const answer = (channel: keyof ChannelSenders, message: ChannelMessage): ChannelResult | Error => {
    const outcome = behaviour[channel]?.(message) ?? { status: "SENT" as const };
    if (!(outcome instanceof Error)) sent.push({ ...message, channel });
    return outcome;
  };
  const single = (channel: "TELEGRAM" | "EMAIL") => async (message: ChannelMessage) => {
    const outcome = answer(channel, message);
    if (outcome instanceof Error) throw outcome;
    return outcome;
  };
  const senders: ChannelSenders = {
    PUSH: async (messages) => {
      pushCalls.push(messages.length);
      return messages.map((message) => answer("PUSH", message));
    },
    TELEGRAM: single("TELEGRAM"),
    EMAIL: single("EMAIL"),
  };
  return { senders, sent, pushCalls };
}

/** A person's pending `notification.deliver` rows, as the worker would claim them. */
export async function deliverJobsOf(userId: string): Promise<OutboxJob[]> {
  const rows = await db.outboxMessage.findMany({ where: { kind: DELIVER_KIND, payload: { path: ["userId"], equals: userId } }, orderBy: { idempotencyKey: "asc" } });
  return rows.map((row) => ({ id: row.id, kind: row.kind, payload: row.payload, idempotencyKey: row.idempotencyKey, attempts: row.attempts + 1 }));
}

/** An outbox row of `kind` as a handler receives it (not written to the table). */
export function jobOf(kind: string, payload: unknown, idempotencyKey = unique(kind)): OutboxJob {
  return { id: crypto.randomUUID(), kind, payload, idempotencyKey, attempts: 1 };
}

/** A PAID order of `buyerId` for a course (written directly: the payment path has tests of its own). */
export async function createPaidOrder(course: { id: string; centerId: string; priceAmount: number }, buyerId: string) {
  return db.order.create({
    data: {
      reference: unique("REF").replace("-", "_").toUpperCase(),
      userId: buyerId,
      centerId: course.centerId,
      courseId: course.id,
      provider: "KBZPAY",
      status: "PAID",
      unitAmount: course.priceAmount,
      totalAmount: course.priceAmount,
      currency: "MMK",
      paidAt: new Date(),
    },
  });
}

/** A refund row of an order, in the given state. */
export async function createRefundRow(
  order: { id: string; centerId: string; userId: string | null; totalAmount: number },
  data: { status: "REQUESTED" | "SUCCEEDED" | "REJECTED"; amount?: number; failureReason?: string },
) {
  return db.refund.create({
    data: {
      centerId: order.centerId,
      orderId: order.id,
      provider: "KBZPAY",
      amount: data.amount ?? order.totalAmount,
      currency: "MMK",
      reason: "Changed my mind",
      status: data.status,
      requestedById: order.userId,
      failureReason: data.failureReason ?? null,
    },
  });
}

/** A person's inbox, oldest first: what each notification said. */
export async function inboxOf(userId: string) {
  return db.notification.findMany({ where: { userId }, orderBy: { createdAt: "asc" }, select: { kind: true, title: true, body: true, data: true } });
}
