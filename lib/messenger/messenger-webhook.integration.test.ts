import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { drainOutbox } from "@/lib/outbox/drain";
import { callRoute } from "@/lib/testing/call-route";
import { createCategory, createCenter, createCourse } from "@/lib/testing/factories";
import { asMetaJson, hubSignature, newMid, newPsid, textMessage, webhookBody } from "@/lib/testing/messenger-factories";
import { unicodeToZawgyi } from "@/lib/text/zawgyi";
import { GET, POST } from "@/app/api/webhooks/messenger/route";
import { createPlatformAdmin } from "@/lib/testing/staff-factories";
import { endHandover } from "./inbox/operator-actions";
import { MESSENGER_HANDLERS } from "./outbox-handlers";
import { queueMarketingMessage } from "./queue-marketing";

const deliver = (body: string, signature: string | null = hubSignature(body)) =>
  callRoute(POST, "/api/webhooks/messenger", { method: "POST", body, headers: { "content-type": "application/json", ...(signature ? { "x-hub-signature-256": signature } : {}) } });

/** Sends one text as the person and returns the bot's answers delivered to them (via the sandbox). */
async function say(psid: string, text: string) {
  const res = await deliver(asMetaJson(webhookBody(psid, [textMessage(text)])));
  expect(res.status).toBe(200);
  await drainOutbox({ handlers: MESSENGER_HANDLERS });
  return db.devMessage.findMany({ where: { channel: "MESSENGER", to: psid }, orderBy: { createdAt: "asc" }, select: { body: true } }).then((rows) => rows.map((r) => r.body));
}

const conversationOf = (psid: string) => db.messengerConversation.findUniqueOrThrow({ where: { psid }, include: { messages: { orderBy: { createdAt: "asc" } }, events: true, supportRequests: true } });

let course: { id: string };
beforeAll(async () => {
  const [center, category] = await Promise.all([createCenter(), createCategory()]);
  course = await createCourse({ centerId: center.id, categoryId: category.id, titleEn: "Quokkaology for Beginners", titleMy: "ကွက်ကာဗေဒ အခြေခံ" });
});

describe("GET /api/webhooks/messenger", () => {
  it("echoes the challenge for the right verify token, 403 otherwise", async () => {
    const ok = await callRoute(GET, `/api/webhooks/messenger?hub.mode=subscribe&hub.verify_token=${env().MESSENGER_VERIFY_TOKEN}&hub.challenge=8412`);
    expect([ok.status, ok.text]).toEqual([200, "8412"]);
    const bad = await callRoute(GET, "/api/webhooks/messenger?hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=8412");
    expect(bad.status).toBe(403);
  });
});

describe("POST /api/webhooks/messenger", () => {
  it("verifies a Burmese message with an emoji on the raw bytes; the re-serialised JSON fails and stores nothing", async () => {
    const psid = newPsid();
    const asSent = asMetaJson(webhookBody(psid, [textMessage("မင်္ဂလာပါ 😀")]));
    expect(asSent).toContain("\\ud83d\\ude00");
    const reserialised = JSON.stringify(JSON.parse(asSent));
    const refused = await deliver(reserialised, hubSignature(asSent));
    expect(refused.status).toBe(401);
    expect(refused.json.error.code).toBe("unauthorized");
    expect(await db.messengerConversation.count({ where: { psid } })).toBe(0);

    const accepted = await deliver(asSent, hubSignature(asSent));
    expect(accepted.status).toBe(200);
    const conversation = await conversationOf(psid);
    expect(conversation.messages[0]).toMatchObject({ direction: "IN", text: "မင်္ဂလာပါ 😀" });
    expect(conversation.lastInboundAt).not.toBeNull();
  });

  it("refuses a missing or wrong signature (401) and answers 400 to signed non-JSON; unknown shapes are ignored", async () => {
    const psid = newPsid();
    const body = asMetaJson(webhookBody(psid, [textMessage("hi")]));
    expect((await deliver(body, null)).status).toBe(401);
    expect((await deliver(body, hubSignature(body, "not-the-secret"))).status).toBe(401);
    expect((await deliver('{"object":', hubSignature('{"object":'))).status).toBe(400);
    const other = JSON.stringify({ object: "instagram", entry: [] });
    expect((await deliver(other)).json).toEqual({ status: "ignored" });
    const strange = asMetaJson(webhookBody(psid, [{ reaction: { mid: "m_x", action: "react" } }, { message: { text: "no mid" } }, { message: { mid: newMid(), text: "our own reply", is_echo: true } }]));
    expect((await deliver(strange)).status).toBe(200);
    expect(await db.messengerConversation.count({ where: { psid } })).toBe(0);
  });

  it("stores a message once per mid: a redelivery adds nothing and gets no second answer", async () => {
    const psid = newPsid();
    const body = asMetaJson(webhookBody(psid, [textMessage("hello", newMid())]));
    await deliver(body);
    const second = await deliver(body);
    expect(second.json).toMatchObject({ status: "processed", duplicate: 1, stored: 0 });
    const conversation = await conversationOf(psid);
    expect(conversation.messages.map((m) => m.direction)).toEqual(["IN", "OUT"]);
    expect(await db.outboxMessage.count({ where: { kind: "messenger.send", payload: { path: ["conversationId"], equals: conversation.id } } })).toBe(1);
  });

  it("keeps attachment metadata only (type, url, size) and stores delivery and read receipts once", async () => {
    const psid = newPsid();
    const attachments = [{ type: "image", payload: { url: "https://scontent.xx.fbcdn.net/v/photo.jpg", size: 2048 } }, { type: "audio", payload: { url: "javascript:alert(1)" } }];
    await deliver(asMetaJson(webhookBody(psid, [{ message: { mid: newMid(), attachments } }])));
    const watermark = Date.now() - 5_000;
    const receipts = asMetaJson(webhookBody(psid, [{ delivery: { mids: ["m_a"], watermark } }, { read: { watermark } }]));
    await deliver(receipts);
    await deliver(receipts);
    const conversation = await conversationOf(psid);
    expect(conversation.messages[0]!.attachments).toEqual([{ type: "image", url: "https://scontent.xx.fbcdn.net/v/photo.jpg", size: 2048 }, { type: "audio" }]);
    expect(conversation.events.map((e) => [e.type, e.watermark.getTime()]).sort()).toEqual([["DELIVERY", watermark], ["READ", watermark]]);
  });

  it("answers FAQs in the person's language through the outbox (sandbox → dev outbox)", async () => {
    const en = newPsid();
    const [payment] = await say(en, "How can I pay?");
    expect(payment).toMatch(/KBZPay/);
    expect(payment).toMatch(/MMQR/);
    expect(payment).toMatch(/Stripe/);
    const my = newPsid();
    const [paymentMy] = await say(my, "ငွေပေးချေနည်း ပြောပြပါ");
    expect(paymentMy).toMatch(/ပေးချေနိုင်ပါသည်/);
    const refunds = await say(my, "ငွေပြန်အမ်းလို့ရလား");
    expect(refunds[1]).toContain(`${env().APP_URL}/refund-policy`);
  });

  it("finds courses with the site's search, in English, Burmese and Zawgyi", async () => {
    const url = `${env().APP_URL}/courses/${course.id}`;
    const [en] = await say(newPsid(), "course quokkaology");
    expect(en).toContain("Quokkaology for Beginners");
    expect(en).toContain(url);
    const [my] = await say(newPsid(), "သင်တန်း ကွက်ကာဗေဒ");
    expect(my).toContain("ကွက်ကာဗေဒ အခြေခံ");
    expect(my).toContain(url);
    const zawgyiPsid = newPsid();
    const [zawgyi] = await say(zawgyiPsid, unicodeToZawgyi("သင်တန်း ကွက်ကာဗေဒ"));
    expect(zawgyi).toContain(url);
    expect((await conversationOf(zawgyiPsid)).messages[0]!.text).toBe("သင်တန်း ကွက်ကာဗေဒ");
    const [none] = await say(newPsid(), "course zzqqxxyy");
    expect(none).toMatch(/found no course/);
  });

  it("hands over to a person on “human”, then stays silent while the person waits", async () => {
    const psid = newPsid();
    const [handover] = await say(psid, "လူနဲ့ပြောမယ်");
    expect(handover).toMatch(/ဝန်ထမ်း|အဖွဲ့ဝင်/);
    let conversation = await conversationOf(psid);
    expect(conversation.operatorStatus).toBe("WAITING_FOR_OPERATOR");
    expect(conversation.supportRequests).toEqual([expect.objectContaining({ source: "MESSENGER", status: "OPEN", locale: "MY", body: "လူနဲ့ပြောမယ်" })]);
    const after = await say(psid, "course quokkaology");
    expect(after).toHaveLength(1);
    conversation = await conversationOf(psid);
    expect(conversation.messages.filter((m) => m.direction === "OUT")).toHaveLength(1);
    expect(conversation.supportRequests).toHaveLength(1);

    // A withdrawal still counts while silent; once handed back, the bot answers again.
    await db.messengerConversation.update({ where: { psid }, data: { marketingConsent: true, consentedAt: new Date() } });
    expect(await say(psid, "stop")).toHaveLength(1);
    expect((await conversationOf(psid)).marketingConsent).toBe(false);
    await endHandover((await createPlatformAdmin()).actor, { conversationId: conversation.id, close: true });
    expect(await say(psid, "hello")).toHaveLength(2);
    expect((await conversationOf(psid)).operatorStatus).toBe("BOT");
  });
});

describe("postbacks", () => {
  it("handles a button like the typed command, once per mid", async () => {
    const psid = newPsid();
    const body = asMetaJson(webhookBody(psid, [{ postback: { mid: newMid(), title: "Get news", payload: "SUBSCRIBE" } }]));
    await deliver(body);
    await deliver(body);
    const conversation = await conversationOf(psid);
    expect(conversation.marketingConsent).toBe(true);
    expect(conversation.consentedAt).not.toBeNull();
    expect(conversation.messages.map((m) => [m.direction, m.direction === "IN" ? m.text : null])).toEqual([["IN", "Get news"], ["OUT", null]]);
    const human = asMetaJson(webhookBody(psid, [{ postback: { title: "Talk to a person", payload: "HUMAN" } }]));
    await deliver(human);
    await deliver(human);
    expect((await conversationOf(psid)).operatorStatus).toBe("WAITING_FOR_OPERATOR");
    expect((await conversationOf(psid)).messages).toHaveLength(4);
  });
});

describe("marketing consent (policy M3)", () => {
  it("never queues a marketing message without consent; subscribe allows it, stop withdraws it", async () => {
    const psid = newPsid();
    await say(psid, "hello");
    const { id } = await conversationOf(psid);
    const count = () => db.messengerMessage.count({ where: { conversationId: id, direction: "OUT" } });
    const before = await count();
    expect(await queueMarketingMessage(id, "New courses this week!")).toEqual({ status: "refused", reason: "no_consent" });
    expect(await count()).toBe(before);

    await say(psid, "subscribe");
    expect((await conversationOf(psid)).marketingConsent).toBe(true);
    const queued = await queueMarketingMessage(id, "New courses this week!");
    expect(queued.status).toBe("queued");
    const later = new Date(Date.now() + 25 * 3600_000);
    expect(await queueMarketingMessage(id, "Too late", later)).toEqual({ status: "refused", reason: "outside_window" });

    await say(psid, "STOP");
    const withdrawn = await conversationOf(psid);
    expect(withdrawn.marketingConsent).toBe(false);
    expect(withdrawn.consentWithdrawnAt).not.toBeNull();
    const afterStop = await count();
    expect(await queueMarketingMessage(id, "New courses this week!")).toEqual({ status: "refused", reason: "no_consent" });
    expect(await count()).toBe(afterStop);
  });
});
