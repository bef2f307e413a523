import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { env, isProduction } from "@/lib/env";
import { type OutboxHandlers, type OutboxJob, PermanentFailure } from "@/lib/outbox/types";
import { MESSENGER_SEND } from "./queue-outgoing";
import { createGraphSender, type MessengerSender } from "./send/send-api";
import { sandboxSender } from "./send/sandbox-sender";
import { HUMAN_AGENT_WINDOW_MS, RESPONSE_WINDOW_MS } from "./windows";

const payloadSchema = z.object({ conversationId: z.uuid(), messageId: z.uuid() });


function defaultSender(): MessengerSender {
  return isProduction() ? createGraphSender({ pageToken: env().MESSENGER_PAGE_TOKEN }) : sandboxSender;
}

/**
 * `messenger.send`: delivers one OUT message. Idempotent: a message that already has a mid was sent
 * and is skipped, and a message deleted with its conversation (M5) is simply gone. Outside the 24 h
 * window only an operator's answer may go, tagged HUMAN_AGENT, up to 7 days; anything else is final.
 */
export async function sendMessengerMessage(job: OutboxJob, sender: MessengerSender = defaultSender(), now = new Date()): Promise<void> {
  const parsed = payloadSchema.safeParse(job.payload);
  if (!parsed.success) throw new PermanentFailure("bad_payload");
  const message = await db.messengerMessage.findFirst({
    where: { id: parsed.data.messageId, conversationId: parsed.data.conversationId, direction: "OUT" },
    select: { id: true, mid: true, text: true, operatorUserId: true, conversation: { select: { psid: true, lastInboundAt: true } } },
  });
  if (!message || message.mid !== null) return;
  if (!message.text) throw new PermanentFailure("empty_message");
  const since = message.conversation.lastInboundAt ? now.getTime() - message.conversation.lastInboundAt.getTime() : Infinity;
  let tag: "HUMAN_AGENT" | null = null;
  if (since > RESPONSE_WINDOW_MS) {
    if (message.operatorUserId === null || since > HUMAN_AGENT_WINDOW_MS) throw new PermanentFailure("outside_window");
    tag = "HUMAN_AGENT";
  }
  const { mid } = await sender({ psid: message.conversation.psid, text: message.text, tag });
  await db.messengerMessage.update({ where: { id: message.id }, data: { mid, sentAt: now }, select: { id: true } });
}

/** The Messenger kinds of the outbox registry. */
export const MESSENGER_HANDLERS: OutboxHandlers = {
  [MESSENGER_SEND]: (job) => sendMessengerMessage(job),
};
