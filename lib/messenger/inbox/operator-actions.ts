import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/http/errors";
import { log } from "@/lib/log";
import { deleteChatbotData } from "../deletion/delete-chatbot-data";
import { queueOutgoingMessage } from "../queue-outgoing";
import { assertOperator } from "./operator-access";

/** The operator's answer form (the Send API takes at most 2000 characters of text). */
export const operatorReplySchema = z.object({ conversationId: z.uuid(), text: z.string().trim().min(1).max(2000) });
export const conversationIdSchema = z.uuid();

async function findConversationOrThrow(tx: Tx, conversationId: string) {
  const row = await tx.messengerConversation.findUnique({ where: { id: conversationId }, select: { id: true, psid: true } });
  if (!row) throw new AppError("not_found");
  return row;
}

/** Sends an operator's answer (an OUT message through the outbox); the conversation is then WITH_OPERATOR. */
export async function replyAsOperator(actor: Actor | null, input: z.input<typeof operatorReplySchema>, now = new Date()): Promise<{ messageId: string }> {
  assertOperator(actor);
  const { conversationId, text } = operatorReplySchema.parse(input);
  return db.$transaction(async (tx) => {
    await findConversationOrThrow(tx, conversationId);
    await tx.messengerConversation.update({ where: { id: conversationId }, data: { operatorStatus: "WITH_OPERATOR" }, select: { id: true } });
    await tx.supportRequest.updateMany({
      where: { messengerConversationId: conversationId, status: { not: "CLOSED" } },
      data: { status: "ANSWERED", assignedToId: actor.userId, lastActivityAt: now },
    });
    return queueOutgoingMessage(tx, { conversationId, text, operatorUserId: actor.userId, now });
  });
}

/** "Hand back to the bot" (`close: false`, request stays ANSWERED) or "Close" (conversation and request CLOSED). */
export async function endHandover(actor: Actor | null, input: { conversationId: string; close: boolean }, now = new Date()): Promise<void> {
  assertOperator(actor);
  const conversationId = conversationIdSchema.parse(input.conversationId);
  await db.$transaction(async (tx) => {
    await findConversationOrThrow(tx, conversationId);
    await tx.messengerConversation.update({ where: { id: conversationId }, data: { operatorStatus: input.close ? "CLOSED" : "BOT", lastActivityAt: now }, select: { id: true } });
    await tx.supportRequest.updateMany({
      where: { messengerConversationId: conversationId, status: { not: "CLOSED" } },
      data: input.close ? { status: "CLOSED", closedAt: now, lastActivityAt: now } : { status: "ANSWERED", lastActivityAt: now },
    });
  });
}

/** "Delete all data of this PSID" (M5) from the operator's conversation view; returns the privacy request's code. */
export async function deleteConversationData(actor: Actor | null, conversationId: string, now = new Date()): Promise<{ confirmationCode: string }> {
  assertOperator(actor);
  const id = conversationIdSchema.parse(conversationId);
  const result = await db.$transaction(async (tx) => {
    const { psid } = await findConversationOrThrow(tx, id);
    return deleteChatbotData(tx, { psid, handledById: actor.userId, note: "operator_request", now });
  });
  log.info("messenger.data_deleted", { via: "operator", conversations: result.deletedConversations });
  return { confirmationCode: result.confirmationCode };
}
