import "server-only";
import type { DeletionStep } from "./deletion-context";

/** What a deleted person's support text becomes: the request stays countable, the words go. */
export const REDACTED_TEXT = "[deleted]";

/** Their inbox, delivery log, channel choices and follows: personal, and of no use to anyone now. */
export const deleteNotificationsAndFollows: DeletionStep = async ({ tx, userId }) => {
  await tx.notificationDelivery.deleteMany({ where: { userId } });
  await tx.notification.deleteMany({ where: { userId } });
  await tx.notificationPreference.deleteMany({ where: { userId } });
  await tx.follow.deleteMany({ where: { userId } });
};

/**
 * Chatbot links (M5): a conversation linked to the account is the person's chatbot data and goes
 * with it (messages, attachments metadata, receipts, and support requests opened from it cascade).
 * The same PSID writing again later starts a new, unlinked conversation.
 */
export const deleteLinkedConversations: DeletionStep = async ({ tx, userId }) => {
  await tx.messengerConversation.deleteMany({ where: { userId } });
};

/**
 * Support requests they filed stay as closed, anonymous rows (counts and any order link survive);
 * subject, body and every reply in the thread are redacted, since the thread is about them.
 */
export const redactSupportRequests: DeletionStep = async ({ tx, userId, now }) => {
  const requests = await tx.supportRequest.findMany({ where: { userId }, select: { id: true, closedAt: true } });
  if (requests.length === 0) return;
  const ids = requests.map((r) => r.id);
  await tx.supportReply.updateMany({ where: { requestId: { in: ids } }, data: { body: REDACTED_TEXT } });
  await tx.supportRequest.updateMany({ where: { id: { in: ids }, closedAt: null }, data: { closedAt: now } });
  await tx.supportRequest.updateMany({ where: { id: { in: ids } }, data: { userId: null, subject: null, body: REDACTED_TEXT, status: "CLOSED" } });
};

/**
 * Records kept for their value in aggregate, without the person: usage events lose their user,
 * their own activity-log entries lose the network and device details (the action and its target
 * stay: a center's audit trail must not develop holes), a live-class attendance loses its Zoom id.
 */
export const detachActivity: DeletionStep = async ({ tx, userId }) => {
  await tx.usageEvent.updateMany({ where: { userId }, data: { userId: null } });
  await tx.activityLog.updateMany({
    where: { actorUserId: userId },
    data: { ip: null, userAgent: null, deviceType: null, os: null, browser: null, appVersion: null, country: null },
  });
  await tx.liveClassParticipation.updateMany({ where: { userId }, data: { zoomParticipantId: null } });
};
