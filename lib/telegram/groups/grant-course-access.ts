import "server-only";
import { db } from "@/lib/db";
import { getTelegramBot, TelegramRecipientGone } from "@/lib/telegram/bot";
import type { OutboxJob } from "@/lib/outbox/types";
import { inviteMessage, localeOf } from "./bot-texts";
import { inviteePayload, orderPayload, parsePayload } from "./payloads";
import { hasActiveEnrollment } from "./remove-from-group";

/**
 * `telegram.grant_course_access` {orderId, courseId} (written by fulfilOrder): sends the buyer the
 * course group's join-request link, when they have linked Telegram and the course has a group.
 */
export async function grantCourseAccess(job: OutboxJob): Promise<void> {
  const { orderId, courseId } = parsePayload(orderPayload, job);
  const order = await db.order.findFirst({ where: { id: orderId, courseId }, select: { userId: true } });
  if (order?.userId) await sendGroupInvite(order.userId, courseId);
}

/** `telegram.send_group_invite` {userId, courseId} (queued when someone links Telegram after enrolling). */
export async function sendGroupInviteJob(job: OutboxJob): Promise<void> {
  const { userId, courseId } = parsePayload(inviteePayload, job);
  await sendGroupInvite(userId, courseId);
}

/**
 * DMs a person the course group's join-request link in their language. Nothing to send (no link,
 * no group, access already gone, already in the group) is done. A repeat after a crash can send
 * the same link twice, which does no harm.
 */
async function sendGroupInvite(userId: string, courseId: string): Promise<void> {
  const [link, group, user] = await Promise.all([
    db.telegramLink.findUnique({ where: { userId }, select: { id: true, telegramId: true } }),
    db.telegramCourseGroup.findUnique({ where: { courseId }, select: { id: true, inviteLink: true, course: { select: { titleEn: true, titleMy: true } } } }),
    db.user.findUnique({ where: { id: userId }, select: { locale: true } }),
  ]);
  if (!link || !group?.inviteLink || !user) return;
  if (!(await hasActiveEnrollment(userId, courseId, new Date()))) return;
  const member = await db.telegramGroupMember.findUnique({ where: { groupId_telegramLinkId: { groupId: group.id, telegramLinkId: link.id } }, select: { status: true } });
  if (member?.status === "APPROVED") return;
  try {
    await getTelegramBot().sendMessage(String(link.telegramId), inviteMessage(localeOf(user.locale), group.course, group.inviteLink));
  } catch (error) {
    // The person blocked the bot: they can still ask to join by other means; nothing to retry.
    if (error instanceof TelegramRecipientGone) return;
    throw error;
  }
}
