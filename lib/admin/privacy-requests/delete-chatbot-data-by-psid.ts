import "server-only";
import { z } from "zod";
import { logActivity } from "@/lib/audit/log-activity";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { ClientInfo } from "@/lib/http/client-info";
import { log } from "@/lib/log";
import { deleteChatbotData } from "@/lib/messenger/deletion/delete-chatbot-data";
import { assertPlatformAdmin } from "../operator";

/** A page-scoped id as Messenger sends it: digits only. */
export const psidInput = z.object({ psid: z.string().trim().regex(/^\d{5,32}$/, "psid_invalid") });

/**
 * Policy M5: the operator deletes everything the chatbot holds about one PSID (a person who asked by
 * email or on the page, not through Meta's callback). Same deletion as the callback; the request is
 * recorded COMPLETED with a confirmation code to give the person, and the PSID is kept nowhere: not
 * in the request, the activity log or the logs.
 */
export async function deleteChatbotDataByPsid(actor: Actor | null, input: z.input<typeof psidInput>, client?: ClientInfo, now = new Date()) {
  assertPlatformAdmin(actor);
  const { psid } = psidInput.parse(input);
  const result = await db.$transaction(async (tx) => {
    const held = await tx.messengerConversation.count({ where: { psid } });
    const deleted = await deleteChatbotData(tx, { psid, handledById: actor.userId, note: held > 0 ? "operator_psid" : "operator_psid_nothing_held", now });
    await logActivity(tx, {
      action: "privacy.chatbot_deleted",
      actorUserId: actor.userId,
      targetType: "privacy_request",
      client,
      metadata: { confirmationCode: deleted.confirmationCode, conversations: deleted.deletedConversations },
    });
    return deleted;
  });
  log.info("messenger.data_deleted", { via: "operator_psid", conversations: result.deletedConversations });
  return result;
}
