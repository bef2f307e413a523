import "server-only";
import { randomBytes } from "node:crypto";
import type { Tx } from "@/lib/db";

/** A code for Meta and the person to look the request up with: 64 random bits as 16 hex digits, no personal data. */
export function newConfirmationCode(): string {
  return randomBytes(8).toString("hex").toUpperCase();
}

/**
 * Deletes everything the chatbot holds about one PSID (M5): the conversation, and by cascade its
 * messages (with attachment metadata), receipts, support requests and unsent replies' text. Records a
 * COMPLETED CHATBOT_DELETION privacy request WITHOUT the PSID (the schema clears it once done).
 */
export async function deleteChatbotData(
  tx: Tx,
  input: { psid: string; handledById?: string; note: string; now: Date; confirmationCode?: string },
): Promise<{ confirmationCode: string; deletedConversations: number }> {
  const { count } = await tx.messengerConversation.deleteMany({ where: { psid: input.psid } });
  const confirmationCode = input.confirmationCode ?? newConfirmationCode();
  await tx.privacyRequest.create({
    data: {
      kind: "CHATBOT_DELETION",
      status: "COMPLETED",
      subjectPsid: null,
      confirmationCode,
      note: input.note,
      handledById: input.handledById ?? null,
      completedAt: input.now,
    },
    select: { id: true },
  });
  return { confirmationCode, deletedConversations: count };
}
