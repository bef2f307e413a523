import "server-only";
import { logActivity } from "@/lib/audit/log-activity";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { log } from "@/lib/log";
import { getTelegramBot, TelegramApiError, type TelegramBot } from "@/lib/telegram/bot";
import { groupReply, type BotTextKey } from "./bot-texts";
import { parseConnectCommand, verifyConnectCode } from "./connect-code";

export type ConnectCommandMessage = { chat: { id: number; title?: string; type: string }; from?: { id: number }; text: string };
export type ConnectOutcome = "connected" | "already_connected" | Exclude<BotTextKey, "connected">;

/**
 * `/connect <code>` posted in a Telegram group (called by the webhook dispatcher): binds the group
 * to the code's course after checking the code, the chat kind, that neither side is bound
 * elsewhere and that the bot holds invite + ban rights; makes the course's join-request link and
 * answers in the group. Posting it again in the same group changes nothing but the title.
 * Security-critical: the signed code is the only proof that a center admin asked for this group.
 */
export async function handleConnectCommand(msg: ConnectCommandMessage, options: { now?: Date; bot?: TelegramBot } = {}): Promise<ConnectOutcome> {
  const now = options.now ?? new Date();
  const bot = options.bot ?? getTelegramBot();
  const outcome = await connect(msg, now, bot);
  const course = "course" in outcome ? outcome.course : undefined;
  const key: BotTextKey = outcome.result === "already_connected" ? "connected" : outcome.result;
  try {
    await bot.sendMessage(msg.chat.id, groupReply(key, course));
  } catch (error) {
    // The connection stands either way; a lost reply is not worth a webhook retry.
    log.warn("telegram.group.reply_failed", { outcome: outcome.result, errorCode: error instanceof TelegramApiError ? error.code : "error" });
  }
  log.info("telegram.group.connect", { outcome: outcome.result, ...(course ? { courseId: course.id } : {}) });
  return outcome.result;
}

type Course = { id: string; centerId: string; slug: string; titleEn: string | null; titleMy: string | null };
type Result = { result: ConnectOutcome; course?: Course };

async function connect(msg: ConnectCommandMessage, now: Date, bot: TelegramBot): Promise<Result> {
  if (msg.chat.type !== "group" && msg.chat.type !== "supergroup") return { result: "notAGroup" };
  const target = verifyConnectCode(parseConnectCommand(msg.text) ?? "", now);
  if (!target) return { result: "invalidCode" };
  const course = await db.course.findFirst({ where: { id: target.courseId, centerId: target.centerId }, select: { id: true, centerId: true, slug: true, titleEn: true, titleMy: true } });
  if (!course) return { result: "invalidCode" };
  const chatId = BigInt(msg.chat.id);
  const title = msg.chat.title?.slice(0, 255) ?? null;
  const [byChat, byCourse] = await Promise.all([
    db.telegramCourseGroup.findUnique({ where: { chatId }, select: { id: true, courseId: true, inviteLink: true } }),
    db.telegramCourseGroup.findUnique({ where: { courseId: course.id }, select: { chatId: true } }),
  ]);
  if (byChat && byChat.courseId !== course.id) return { result: "chatTaken", course };
  if (byCourse && byCourse.chatId !== chatId) return { result: "courseTaken", course };
  if (byChat?.inviteLink) {
    await db.telegramCourseGroup.update({ where: { id: byChat.id }, data: { title } });
    return { result: "already_connected", course };
  }
  if (!(await botHasRights(bot, msg.chat.id))) return { result: "missingRights", course };
  let inviteLink: string;
  try {
    ({ inviteLink } = await bot.createChatInviteLink(msg.chat.id, { name: inviteLinkName(course.slug) }));
  } catch (error) {
    if (error instanceof TelegramApiError) return { result: "missingRights", course };
    throw error;
  }
  try {
    const group = await db.telegramCourseGroup.upsert({
      where: { chatId },
      create: { centerId: course.centerId, courseId: course.id, chatId, title, inviteLink, inviteLinkCreatedAt: now },
      update: { title, inviteLink, inviteLinkCreatedAt: now },
      select: { id: true },
    });
    await logActivity(db, { action: "telegram_group.connected", centerId: course.centerId, targetType: "course", targetId: course.id, metadata: { groupId: group.id } });
  } catch (error) {
    // Another command bound the course (or this chat) a moment ago.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return { result: "courseTaken", course };
    throw error;
  }
  return { result: "connected", course };
}

/** The link's name in the group's admin list (Telegram allows 32 characters). */
export const inviteLinkName = (courseSlug: string) => `MMSO ${courseSlug}`.slice(0, 32);

/** The bot must be an administrator allowed to invite (join-request links) and ban (removals). */
async function botHasRights(bot: TelegramBot, chatId: number): Promise<boolean> {
  try {
    const me = await bot.getMe();
    const member = await bot.getChatMember(chatId, me.id);
    return member.status === "creator" || (member.status === "administrator" && member.canInviteUsers === true && member.canRestrictMembers === true);
  } catch (error) {
    if (error instanceof TelegramApiError) return false;
    throw error;
  }
}
