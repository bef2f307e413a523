import "server-only";
import type { Tx } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";

/**
 * Hands a conversation to the operators: WAITING_FOR_OPERATOR and one Messenger SupportRequest that
 * is opened, or reopened and touched when the conversation already has one that is not closed.
 */
export async function handOverToOperator(tx: Tx, input: { conversationId: string; text: string; locale: Locale; now: Date }): Promise<void> {
  await tx.messengerConversation.update({
    where: { id: input.conversationId },
    data: { operatorStatus: "WAITING_FOR_OPERATOR", handedOverAt: input.now, lastActivityAt: input.now },
    select: { id: true },
  });
  await touchSupportRequest(tx, input);
}

/** A new message of a person who is with the operators: their request needs an answer again. */
export async function touchSupportRequest(tx: Tx, input: { conversationId: string; text: string; locale: Locale; now: Date }): Promise<void> {
  const open = await tx.supportRequest.findFirst({
    where: { messengerConversationId: input.conversationId, status: { not: "CLOSED" } },
    orderBy: { createdAt: "desc" },
    select: { id: true },
  });
  if (open) {
    await tx.supportRequest.update({ where: { id: open.id }, data: { status: "OPEN", lastActivityAt: input.now }, select: { id: true } });
    return;
  }
  await tx.supportRequest.create({
    data: {
      source: "MESSENGER",
      messengerConversationId: input.conversationId,
      body: input.text,
      locale: input.locale === "my" ? "MY" : "EN",
      lastActivityAt: input.now,
    },
    select: { id: true },
  });
}
