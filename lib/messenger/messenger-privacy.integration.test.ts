import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { callRoute } from "@/lib/testing/call-route";
import { createConversation, newPsid, signedRequest } from "@/lib/testing/messenger-factories";
import { actorFor, createPlatformAdmin } from "@/lib/testing/staff-factories";
import { createUser } from "@/lib/testing/factories";
import { POST as dataDeletion } from "@/app/api/webhooks/messenger/data-deletion/route";
import { getChatbotDeletionStatus } from "./deletion/get-deletion-status";
import { getMessengerConversation } from "./inbox/get-conversation";
import { listMessengerHandovers } from "./inbox/list-handovers";
import { deleteConversationData, endHandover, replyAsOperator } from "./inbox/operator-actions";

const callback = (form: Record<string, string>) =>
  callRoute(dataDeletion, "/api/webhooks/messenger/data-deletion", { method: "POST", body: new URLSearchParams(form).toString(), headers: { "content-type": "application/x-www-form-urlencoded" } });

/** A conversation with everything the chatbot can hold: messages, receipts, a support request. */
async function fullConversation(psid = newPsid()) {
  const conversation = await createConversation({ psid, operatorStatus: "WAITING_FOR_OPERATOR" });
  await db.messengerEvent.create({ data: { conversationId: conversation.id, type: "READ", watermark: new Date() } });
  await db.supportRequest.create({ data: { source: "MESSENGER", messengerConversationId: conversation.id, body: "human", locale: "EN" } });
  return conversation;
}

const leftovers = async (conversationId: string) => ({
  conversations: await db.messengerConversation.count({ where: { id: conversationId } }),
  messages: await db.messengerMessage.count({ where: { conversationId } }),
  events: await db.messengerEvent.count({ where: { conversationId } }),
  requests: await db.supportRequest.count({ where: { messengerConversationId: conversationId } }),
});
const NOTHING = { conversations: 0, messages: 0, events: 0, requests: 0 };

describe("POST /api/webhooks/messenger/data-deletion", () => {
  it("refuses a forged, foreign-secret or missing signed_request and changes nothing", async () => {
    const conversation = await fullConversation();
    const good = signedRequest({ algorithm: "HMAC-SHA256", user_id: conversation.psid });
    const [, payload] = good.split(".");
    const before = await db.privacyRequest.count();
    for (const form of [{ signed_request: signedRequest({ algorithm: "HMAC-SHA256", user_id: conversation.psid }, "other-secret") }, { signed_request: `AAAA.${payload}` }, { signed_request: "garbage" }]) {
      const res = await callback(form);
      expect(res.status).toBe(401);
      expect(res.json.error.code).toBe("unauthorized");
    }
    expect((await callback({})).status).toBe(400);
    expect(await leftovers(conversation.id)).toMatchObject({ conversations: 1, messages: 1, events: 1, requests: 1 });
    expect(await db.privacyRequest.count()).toBe(before);
  });

  it("deletes the person's chatbot data and answers the status page URL and code; the page shows the status without the PSID", async () => {
    const conversation = await fullConversation();
    const other = await fullConversation();
    const res = await callback({ signed_request: signedRequest({ algorithm: "HMAC-SHA256", issued_at: 1, user_id: conversation.psid }) });
    expect(res.status).toBe(200);
    const code = res.json.confirmation_code as string;
    expect(res.json.url).toBe(`${env().APP_URL}/privacy/messenger-deletion?code=${code}`);
    expect(await leftovers(conversation.id)).toEqual(NOTHING);
    expect((await leftovers(other.id)).conversations).toBe(1);
    const request = await db.privacyRequest.findUniqueOrThrow({ where: { confirmationCode: code } });
    expect(request).toMatchObject({ kind: "CHATBOT_DELETION", status: "COMPLETED", subjectPsid: null });
    expect(JSON.stringify(request)).not.toContain(conversation.psid);
    const status = await getChatbotDeletionStatus(code.toLowerCase());
    expect(status).toMatchObject({ code, status: "COMPLETED" });
    expect(status?.completedAt).not.toBeNull();
    expect(await getChatbotDeletionStatus("0000000000000000")).toBeNull();
    expect(await getChatbotDeletionStatus("'; drop table")).toBeNull();
  });
});

describe("the operator inbox", () => {
  it("is for platform admins only: anyone else gets not_found and changes nothing", async () => {
    const conversation = await fullConversation();
    const stranger = actorFor(await createUser());
    await expect(listMessengerHandovers(stranger)).rejects.toMatchObject({ code: "not_found" });
    await expect(listMessengerHandovers(null)).rejects.toMatchObject({ code: "not_found" });
    await expect(getMessengerConversation(stranger, conversation.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(replyAsOperator(stranger, { conversationId: conversation.id, text: "hi" })).rejects.toMatchObject({ code: "not_found" });
    await expect(endHandover(stranger, { conversationId: conversation.id, close: true })).rejects.toMatchObject({ code: "not_found" });
    await expect(deleteConversationData(stranger, conversation.id)).rejects.toMatchObject({ code: "not_found" });
    expect(await leftovers(conversation.id)).toMatchObject({ conversations: 1, messages: 1, requests: 1 });
  });

  it("lists hand-overs, shows the conversation, answers, hands back and closes", async () => {
    const { actor } = await createPlatformAdmin();
    const conversation = await fullConversation();
    const listed = await listMessengerHandovers(actor, "open");
    expect(listed.find((row) => row.conversationId === conversation.id)).toMatchObject({ operatorStatus: "WAITING_FOR_OPERATOR", requestStatus: "OPEN", locale: "en", messageCount: 1 });
    expect(JSON.stringify(listed)).not.toContain(conversation.psid);

    const { messageId } = await replyAsOperator(actor, { conversationId: conversation.id, text: "  We are here to help.  " });
    const out = await db.messengerMessage.findUniqueOrThrow({ where: { id: messageId } });
    expect(out).toMatchObject({ direction: "OUT", text: "We are here to help.", operatorUserId: actor.userId, mid: null });
    expect(await db.outboxMessage.count({ where: { idempotencyKey: `messenger.send:${messageId}` } })).toBe(1);
    const view = await getMessengerConversation(actor, conversation.id);
    expect(view.operatorStatus).toBe("WITH_OPERATOR");
    expect(view.messages.map((m) => [m.from, m.sent])).toEqual([["person", true], ["operator", false]]);
    await expect(replyAsOperator(actor, { conversationId: conversation.id, text: "   " })).rejects.toThrow();

    await endHandover(actor, { conversationId: conversation.id, close: false });
    expect((await db.messengerConversation.findUniqueOrThrow({ where: { id: conversation.id } })).operatorStatus).toBe("BOT");
    await endHandover(actor, { conversationId: conversation.id, close: true });
    expect((await db.messengerConversation.findUniqueOrThrow({ where: { id: conversation.id } })).operatorStatus).toBe("CLOSED");
    expect((await listMessengerHandovers(actor, "closed")).some((row) => row.conversationId === conversation.id)).toBe(true);
    expect((await listMessengerHandovers(actor, "open")).some((row) => row.conversationId === conversation.id)).toBe(false);
  });

  it("deletes all data of a PSID and records a completed privacy request without it", async () => {
    const { actor } = await createPlatformAdmin();
    const conversation = await fullConversation();
    const { confirmationCode } = await deleteConversationData(actor, conversation.id);
    expect(await leftovers(conversation.id)).toEqual(NOTHING);
    const request = await db.privacyRequest.findUniqueOrThrow({ where: { confirmationCode } });
    expect(request).toMatchObject({ kind: "CHATBOT_DELETION", status: "COMPLETED", subjectPsid: null, handledById: actor.userId });
    await expect(getMessengerConversation(actor, conversation.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(deleteConversationData(actor, conversation.id)).rejects.toMatchObject({ code: "not_found" });
  });
});
