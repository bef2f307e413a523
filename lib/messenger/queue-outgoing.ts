import "server-only";
import type { Tx } from "@/lib/db";
import { enqueueOutbox } from "@/lib/outbox/enqueue";

/** The outbox kind that sends one OUT MessengerMessage through the Send API. */
export const MESSENGER_SEND = "messenger.send";

export type MessengerSendPayload = { conversationId: string; messageId: string };

/**
 * Writes an OUT message (the text lives in the row, not in the outbox payload, so that deleting the
 * conversation also deletes what was not sent yet) and its `messenger.send` outbox row, in the
 * caller's transaction. `operatorUserId` marks an operator's answer (it may use the HUMAN_AGENT tag).
 */
export async function queueOutgoingMessage(
  tx: Tx,
  input: { conversationId: string; text: string; operatorUserId?: string; now: Date },
): Promise<{ messageId: string }> {
  const message = await tx.messengerMessage.create({
    data: { conversationId: input.conversationId, direction: "OUT", text: input.text, operatorUserId: input.operatorUserId ?? null, sentAt: input.now },
    select: { id: true },
  });
  const payload: MessengerSendPayload = { conversationId: input.conversationId, messageId: message.id };
  await enqueueOutbox(tx, { kind: MESSENGER_SEND, payload, idempotencyKey: `${MESSENGER_SEND}:${message.id}` });
  await tx.messengerConversation.update({ where: { id: input.conversationId }, data: { lastActivityAt: input.now }, select: { id: true } });
  return { messageId: message.id };
}
