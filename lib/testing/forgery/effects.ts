import { db } from "@/lib/db";

/**
 * Every row a webhook can cause, counted: provider events (the dedupe claims), payments, orders by
 * status, enrollments, ledger postings, outbox and development-outbox messages, Messenger and
 * Telegram rows, live-class state and privacy requests. Two equal snapshots around a batch of
 * forgeries mean none of them had an effect.
 */
export async function effectSnapshot() {
  const [providerEvents, payments, ordersByStatus, enrollments, ledgerEntries, outbox, devMessages, conversations, messengerMessages, messengerEvents, telegramLinks, telegramGroups, liveClassesByStatus, participations, privacyRequests] =
    await Promise.all([
      db.providerEvent.count(),
      db.payment.count(),
      db.order.groupBy({ by: ["status"], _count: { _all: true }, orderBy: { status: "asc" } }),
      db.enrollment.count(),
      db.ledgerEntry.count(),
      db.outboxMessage.count(),
      db.devMessage.count(),
      db.messengerConversation.count(),
      db.messengerMessage.count(),
      db.messengerEvent.count(),
      db.telegramLink.count(),
      db.telegramCourseGroup.count(),
      db.liveClass.groupBy({ by: ["status"], _count: { _all: true }, orderBy: { status: "asc" } }),
      db.liveClassParticipation.count({ where: { joinedAt: { not: null } } }),
      db.privacyRequest.count(),
    ]);
  const byStatus = (rows: Array<{ status: string; _count: { _all: number } }>) => Object.fromEntries(rows.map((r) => [r.status, r._count._all]));
  return {
    providerEvents,
    payments,
    orders: byStatus(ordersByStatus),
    enrollments,
    ledgerEntries,
    outbox,
    devMessages,
    conversations,
    messengerMessages,
    messengerEvents,
    telegramLinks,
    telegramGroups,
    liveClasses: byStatus(liveClassesByStatus),
    participations,
    privacyRequests,
  };
}

export type EffectSnapshot = Awaited<ReturnType<typeof effectSnapshot>>;
