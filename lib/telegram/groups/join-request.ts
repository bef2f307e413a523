import "server-only";
import { db } from "@/lib/db";
import { enqueueOutbox } from "@/lib/outbox/enqueue";
import type { OutboxJob } from "@/lib/outbox/types";
import { getTelegramBot } from "@/lib/telegram/bot";
import { log } from "@/lib/log";
import { TELEGRAM_GROUP_KINDS } from "./kinds";
import { answerPayload, parsePayload } from "./payloads";
import { hasActiveEnrollment } from "./remove-from-group";

export type JoinRequest = { chat: { id: number }; from: { id: number }; date: number };
export type JoinRequestOutcome = "approved" | "declined" | "ignored";

/**
 * A `chat_join_request` (webhook dispatcher). Security-critical: approves only a Telegram id that
 * is linked to an account holding an active enrollment in the group's course now; everyone else is
 * declined. A chat that is not a connected course group is left alone. The answer to Telegram goes
 * through the outbox (flows.md, flow 4: no request handler calls a provider), in the transaction
 * that records the decision; a repeated update writes nothing new (same key).
 */
export async function handleChatJoinRequest(req: JoinRequest, options: { now?: Date } = {}): Promise<JoinRequestOutcome> {
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    const group = await tx.telegramCourseGroup.findUnique({ where: { chatId: BigInt(req.chat.id) }, select: { id: true, courseId: true } });
    if (!group) return "ignored" as const;
    const link = await tx.telegramLink.findUnique({ where: { telegramId: BigInt(req.from.id) }, select: { id: true, userId: true } });
    const approve = link ? await hasActiveEnrollment(link.userId, group.courseId, now, tx) : false;
    const requestedAt = Number.isFinite(req.date) && req.date > 0 ? new Date(req.date * 1000) : now;
    if (link) {
      // The APPROVED row is written with the decision: a member the bot lets in always has one, so
      // the removal on refund or expiry finds them. Someone still in the group does not ask to join,
      // so a refusal simply follows the latest request.
      const data = approve ? { status: "APPROVED" as const, requestedAt, approvedAt: now, removedAt: null } : { status: "DECLINED" as const, requestedAt };
      await tx.telegramGroupMember.upsert({ where: { groupId_telegramLinkId: { groupId: group.id, telegramLinkId: link.id } }, create: { groupId: group.id, telegramLinkId: link.id, ...data }, update: data });
    }
    await enqueueOutbox(tx, {
      kind: TELEGRAM_GROUP_KINDS.answer,
      payload: { chatId: String(req.chat.id), telegramId: String(req.from.id), groupId: group.id, approve },
      idempotencyKey: `${TELEGRAM_GROUP_KINDS.answer}:${req.chat.id}:${req.from.id}:${req.date}`,
    });
    log.info("telegram.group.join_request", { groupId: group.id, outcome: approve ? "approved" : "declined", linked: Boolean(link) });
    return approve ? ("approved" as const) : ("declined" as const);
  });
}

/**
 * `telegram.answer_join_request`: tells Telegram the decision. An approval is checked once more
 * against the member row (a refund or unlink in between turns it into a refusal); a request
 * Telegram already considers answered counts as done (the bot client's rule).
 */
export async function answerJoinRequest(job: OutboxJob): Promise<void> {
  const { chatId, telegramId, groupId, approve } = parsePayload(answerPayload, job);
  const bot = getTelegramBot();
  const stillApproved =
    approve &&
    (await db.telegramGroupMember.count({ where: { groupId, status: "APPROVED", telegramLink: { telegramId: BigInt(telegramId) } } })) > 0;
  if (stillApproved) await bot.approveChatJoinRequest(chatId, telegramId);
  else await bot.declineChatJoinRequest(chatId, telegramId);
}
