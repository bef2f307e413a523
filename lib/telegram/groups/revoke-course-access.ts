import "server-only";
import { db } from "@/lib/db";
import { getTelegramBot } from "@/lib/telegram/bot";
import type { OutboxJob } from "@/lib/outbox/types";
import { memberPayload, orderPayload, parsePayload, removeMemberPayload } from "./payloads";
import { hasActiveEnrollment, removeFromGroup, removeMembership } from "./remove-from-group";

/**
 * `telegram.revoke_course_access` {orderId, courseId} (written by a full refund): removes the
 * buyer's approved membership of the course group, unless they still hold access to the course.
 */
export async function revokeCourseAccess(job: OutboxJob): Promise<void> {
  const { orderId, courseId } = parsePayload(orderPayload, job);
  const order = await db.order.findFirst({ where: { id: orderId, courseId }, select: { userId: true } });
  if (!order?.userId) return;
  const member = await db.telegramGroupMember.findFirst({
    where: { status: "APPROVED", group: { courseId }, telegramLink: { userId: order.userId } },
    select: { id: true },
  });
  if (member) await removeMembership(getTelegramBot(), member.id, new Date());
}

/** `telegram.remove_lapsed_member` {memberId} (written by the sweep): the member's access has ended. */
export async function removeLapsedMember(job: OutboxJob): Promise<void> {
  const { memberId } = parsePayload(memberPayload, job);
  await removeMembership(getTelegramBot(), memberId, new Date());
}

/**
 * `telegram.remove_member` {chatId, telegramId, groupId} (written when a person unlinks Telegram;
 * their member rows are gone by then, hence the ids in the payload). Skipped when the group is no
 * longer connected to that chat, or when the same Telegram id has been linked again to an account
 * that holds access to the course.
 */
export async function removeUnlinkedMember(job: OutboxJob): Promise<void> {
  const { chatId, telegramId, groupId } = parsePayload(removeMemberPayload, job);
  const group = await db.telegramCourseGroup.findUnique({ where: { id: groupId }, select: { chatId: true, courseId: true } });
  if (!group || String(group.chatId) !== chatId) return;
  const relinked = await db.telegramLink.findUnique({ where: { telegramId: BigInt(telegramId) }, select: { userId: true } });
  if (relinked && (await hasActiveEnrollment(relinked.userId, group.courseId, new Date()))) return;
  await removeFromGroup(getTelegramBot(), chatId, telegramId);
}
