import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/webhooks/messenger/route";
import { db } from "@/lib/db";
import { drainOutbox } from "@/lib/outbox/drain";
import { callRoute } from "@/lib/testing/call-route";
import { asMetaJson, hubSignature, newMid, newPsid, textMessage, webhookBody } from "@/lib/testing/messenger-factories";
import { MESSENGER_HANDLERS } from "./outbox-handlers";

const deliver = (body: string) =>
  callRoute(POST, "/api/webhooks/messenger", { method: "POST", body, headers: { "content-type": "application/json", "x-hub-signature-256": hubSignature(body) } });

const conversationOf = (psid: string) =>
  db.messengerConversation.findUniqueOrThrow({ where: { psid }, include: { messages: { orderBy: { sentAt: "asc" } }, events: true } });

describe("the Messenger chatbot (policy M1, M2)", () => {
  it("policy M1: stores the PSID, the message, attachment metadata without the bytes, and delivery/read events", async () => {
    const psid = newPsid();
    const mid = newMid();
    const attachments = [{ type: "file", payload: { url: "https://cdn.fbsbx.com/v/t59/certificate.pdf", size: 51_200 } }];
    expect((await deliver(asMetaJson(webhookBody(psid, [{ message: { mid, text: "Is my certificate valid?", attachments } }])))).status).toBe(200);
    const watermark = Date.now() - 1_000;
    expect((await deliver(asMetaJson(webhookBody(psid, [{ delivery: { mids: [mid], watermark } }, { read: { watermark } }])))).status).toBe(200);

    const conversation = await conversationOf(psid);
    expect(conversation.psid).toBe(psid);
    const inbound = conversation.messages.find((m) => m.direction === "IN");
    expect(inbound).toMatchObject({ mid, text: "Is my certificate valid?" });
    expect(inbound?.attachments).toEqual([{ type: "file", url: "https://cdn.fbsbx.com/v/t59/certificate.pdf", size: 51_200 }]);
    expect(conversation.events.map((e) => e.type).sort()).toEqual(["DELIVERY", "READ"]);
  });

  it("policy M2: answers the person through the outbox, and keeps the reply with the conversation", async () => {
    const psid = newPsid();
    expect((await deliver(asMetaJson(webhookBody(psid, [textMessage("hello")])))).status).toBe(200);
    await drainOutbox({ handlers: MESSENGER_HANDLERS });
    const sent = await db.devMessage.findMany({ where: { channel: "MESSENGER", to: psid } });
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.every((message) => message.body.length > 0)).toBe(true);
    const conversation = await conversationOf(psid);
    const replies = conversation.messages.filter((m) => m.direction === "OUT");
    expect(replies.length).toBeGreaterThan(0);
    // What was stored as the bot's reply is what the person received.
    for (const reply of replies) expect(sent.some((message) => message.body.includes(reply.text ?? "\u0000"))).toBe(true);
  });
});
