import "server-only";
import { db } from "@/lib/db";
import { activeEnrollmentWhere } from "@/lib/learning/require-enrollment";
import { log } from "@/lib/log";
import { getTelegramBot, type TelegramBot } from "@/lib/telegram/bot";

export type JoinRequest = { chat: { id: number }; from: { id: number }; date: number };
export type JoinRequestOutcome = "approved" | "declined" | "ignored";

/**
 * A `chat_join_request` (webhook dispatcher). Security-critical: approves only a Telegram id that
 * is linked to an account holding an active enrollment in the group's course now; everyone else is
 * declined. A chat that is not a connected course group is left alone. Safe to run twice: the bot
 * treats an already-handled request as done, and the member row is upserted.
 */
export async function handleChatJoinRequest(req: JoinRequest, options: { now?: Date; bot?: TelegramBot } = {}): Promise<JoinRequestOutcome> {
  const now = options.now ?? new Date();
  const bot = options.bot ?? getTelegramBot();
  const group = await db.telegramCourseGroup.findUnique({ where: { chatId: BigInt(req.chat.id) }, select: { id: true, courseId: true } });
  if (!group) return "ignored";
  const link = await db.telegramLink.findUnique({ where: { telegramId: BigInt(req.from.id) }, select: { id: true, userId: true } });
  const enrolled = link
    ? (await db.enrollment.count({ where: { userId: link.userId, courseId: group.courseId, ...activeEnrollmentWhere(now) } })) > 0
    : false;
  const requestedAt = Number.isFinite(req.date) && req.date > 0 ? new Date(req.date * 1000) : now;

  if (link && enrolled) {
    // The row is written before the approval: a member the bot let in must always have an APPROVED
    // row, or the removal on refund or expiry would never find them.
    const data = { status: "APPROVED" as const, requestedAt, approvedAt: now, removedAt: null };
    await db.telegramGroupMember.upsert({ where: { groupId_telegramLinkId: { groupId: group.id, telegramLinkId: link.id } }, create: { groupId: group.id, telegramLinkId: link.id, ...data }, update: data });
    await bot.approveChatJoinRequest(req.chat.id, req.from.id);
    log.info("telegram.group.join_request", { groupId: group.id, outcome: "approved" });
    return "approved";
  }
  await bot.declineChatJoinRequest(req.chat.id, req.from.id);
  if (link) {
    // Someone still in the group (an APPROVED row) is not asking to join: only a left or removed
    // person asks again, so the row follows the refusal.
    const data = { status: "DECLINED" as const, requestedAt };
    await db.telegramGroupMember.upsert({ where: { groupId_telegramLinkId: { groupId: group.id, telegramLinkId: link.id } }, create: { groupId: group.id, telegramLinkId: link.id, ...data }, update: data });
  }
  log.info("telegram.group.join_request", { groupId: group.id, outcome: "declined", linked: Boolean(link) });
  return "declined";
}
