import "server-only";
import { db } from "@/lib/db";

/**
 * Stores a delivery or read receipt (M1: event metadata) on a known conversation. Receipts for a
 * PSID we hold nothing about are dropped (nothing to attach them to), and the same watermark twice
 * (Meta redelivers) is stored once.
 */
export async function applyReceipt(input: { psid: string; type: "DELIVERY" | "READ"; watermark: Date; now: Date }): Promise<"stored" | "ignored"> {
  return db.$transaction(async (tx) => {
    const conversation = await tx.messengerConversation.findUnique({ where: { psid: input.psid }, select: { id: true } });
    if (!conversation) return "ignored";
    const same = await tx.messengerEvent.findFirst({ where: { conversationId: conversation.id, type: input.type, watermark: input.watermark }, select: { id: true } });
    if (same) return "ignored";
    await tx.messengerEvent.create({ data: { conversationId: conversation.id, type: input.type, watermark: input.watermark, receivedAt: input.now }, select: { id: true } });
    await tx.messengerConversation.update({ where: { id: conversation.id }, data: { lastActivityAt: input.now }, select: { id: true } });
    return "stored";
  });
}
