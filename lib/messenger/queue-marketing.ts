import "server-only";
import { db } from "@/lib/db";
import { queueOutgoingMessage } from "./queue-outgoing";
import { RESPONSE_WINDOW_MS } from "./windows";

export type MarketingOutcome = { status: "queued"; messageId: string } | { status: "refused"; reason: "no_consent" | "outside_window" | "not_found" };

/**
 * Queues a marketing message (policy M3: never without separate consent). Refuses, writing nothing,
 * unless the person opted in ("subscribe") and has not withdrawn, and wrote within the last 24 hours
 * (no message tag allows promotion outside the window). Checked inside the transaction that queues.
 */
export async function queueMarketingMessage(conversationId: string, text: string, now = new Date()): Promise<MarketingOutcome> {
  return db.$transaction(async (tx) => {
    const conversation = await tx.messengerConversation.findUnique({
      where: { id: conversationId },
      select: { marketingConsent: true, consentedAt: true, lastInboundAt: true },
    });
    if (!conversation) return { status: "refused", reason: "not_found" };
    if (!conversation.marketingConsent || !conversation.consentedAt) return { status: "refused", reason: "no_consent" };
    if (!conversation.lastInboundAt || now.getTime() - conversation.lastInboundAt.getTime() > RESPONSE_WINDOW_MS) return { status: "refused", reason: "outside_window" };
    const { messageId } = await queueOutgoingMessage(tx, { conversationId, text, now });
    return { status: "queued", messageId };
  });
}
