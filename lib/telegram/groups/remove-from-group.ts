import "server-only";
import { db, type Tx } from "@/lib/db";
import { activeEnrollmentWhere } from "@/lib/learning/require-enrollment";
import { TelegramRecipientGone, type TelegramBot } from "@/lib/telegram/bot";

/**
 * Removes a person from a group without banning them for good (integrations.md): ban, then unban
 * with `only_if_banned`, which lifts the ban and never adds anyone. Both calls are harmless to
 * repeat, so a retried outbox row may run this again. A chat or person Telegram no longer knows
 * has nothing left to remove.
 */
export async function removeFromGroup(bot: TelegramBot, chatId: bigint | string, telegramId: bigint | string): Promise<void> {
  try {
    await bot.banChatMember(String(chatId), String(telegramId));
  } catch (error) {
    if (error instanceof TelegramRecipientGone) return;
    throw error;
  }
  await bot.unbanChatMember(String(chatId), String(telegramId));
}

/** True when the user holds an enrollment in the course that grants access now. */
export async function hasActiveEnrollment(userId: string, courseId: string, now: Date, client: Tx = db): Promise<boolean> {
  return (await client.enrollment.count({ where: { userId, courseId, ...activeEnrollmentWhere(now) } })) > 0;
}

export type MembershipRemoval = "removed" | "still_enrolled" | "not_a_member";

/**
 * Takes one APPROVED member out of their course group and marks the row REMOVED, unless the person
 * holds an active enrollment in the course again (bought it back, or another grant). A row in any
 * other state, or gone, has nothing to do: the second run of a delivered row ends here.
 */
export async function removeMembership(bot: TelegramBot, memberId: string, now: Date): Promise<MembershipRemoval> {
  const member = await db.telegramGroupMember.findUnique({
    where: { id: memberId },
    select: { status: true, group: { select: { chatId: true, courseId: true } }, telegramLink: { select: { telegramId: true, userId: true } } },
  });
  if (!member || member.status !== "APPROVED") return "not_a_member";
  if (await hasActiveEnrollment(member.telegramLink.userId, member.group.courseId, now)) return "still_enrolled";
  await removeFromGroup(bot, member.group.chatId, member.telegramLink.telegramId);
  await db.telegramGroupMember.updateMany({ where: { id: memberId, status: "APPROVED" }, data: { status: "REMOVED", removedAt: now } });
  return "removed";
}
