import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import { log } from "@/lib/log";
import { deleteChatbotData } from "./delete-chatbot-data";
import { readSignedRequest, signedRequestConfirmationCode } from "./signed-request";

export type DeletionReply = { status: number; body: Record<string, unknown> };

/**
 * `POST /api/webhooks/messenger/data-deletion`: Meta's data-deletion callback. The signed request
 * is verified first (401, nothing changes); the person's chatbot data is deleted at once and the
 * reply carries the status page and the confirmation code, as Meta requires. The code is derived
 * from the signed request, so a repeated delivery of the same request (a retry, or a replay of a
 * captured one) answers the same code and records nothing new.
 */
export async function receiveDataDeletion(form: URLSearchParams, now = new Date()): Promise<DeletionReply> {
  const signed = form.get("signed_request");
  if (!signed) return { status: 400, body: { error: { code: "bad_request", message: "signed_request is missing" } } };
  const secret = env().MESSENGER_APP_SECRET;
  const request = readSignedRequest(signed, secret);
  if (!request) return { status: 401, body: { error: { code: "unauthorized", message: "Invalid signature" } } };
  const confirmationCode = signedRequestConfirmationCode(signed, secret);
  const seen = await db.privacyRequest.findUnique({ where: { confirmationCode }, select: { id: true } });
  if (seen) return answered(confirmationCode, "repeated");
  try {
    // The request is recorded as completed even when we hold nothing under that id: there is then
    // nothing left to delete, and the note says so (for the operator, without the id itself).
    const result = await db.$transaction(async (tx) => {
      const held = await tx.messengerConversation.count({ where: { psid: request.userId } });
      return deleteChatbotData(tx, { psid: request.userId, note: held > 0 ? "meta_callback" : "meta_callback_nothing_held", now, confirmationCode });
    });
    log.info("messenger.data_deleted", { via: "callback", conversations: result.deletedConversations });
    return answered(confirmationCode, "deleted");
  } catch (error) {
    // The same request delivered twice at once: the other delivery recorded it.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return answered(confirmationCode, "repeated");
    throw error;
  }
}

function answered(confirmationCode: string, outcome: "deleted" | "repeated"): DeletionReply {
  if (outcome === "repeated") log.info("messenger.data_deletion_repeated", {});
  const url = `${env().APP_URL.replace(/\/+$/, "")}/privacy/messenger-deletion?code=${encodeURIComponent(confirmationCode)}`;
  return { status: 200, body: { url, confirmation_code: confirmationCode } };
}
