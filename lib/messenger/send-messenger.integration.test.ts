import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { drainOutbox } from "@/lib/outbox/drain";
import { PermanentFailure, RetryLater } from "@/lib/outbox/types";
import { createConversation } from "@/lib/testing/messenger-factories";
import { createPlatformAdmin } from "@/lib/testing/staff-factories";
import { MESSENGER_HANDLERS, sendMessengerMessage } from "./outbox-handlers";
import { queueOutgoingMessage } from "./queue-outgoing";
import { createGraphSender, type SendRequest } from "./send/send-api";

const hours = (n: number) => new Date(Date.now() - n * 3600_000);

async function queued(options: { lastInboundAt: Date; operatorUserId?: string; text?: string }) {
  const conversation = await createConversation({ lastInboundAt: options.lastInboundAt });
  const { messageId } = await db.$transaction((tx) => queueOutgoingMessage(tx, { conversationId: conversation.id, text: options.text ?? "Hello", operatorUserId: options.operatorUserId, now: new Date() }));
  const row = await db.outboxMessage.findUniqueOrThrow({ where: { idempotencyKey: `messenger.send:${messageId}` } });
  return { conversation, messageId, job: { id: row.id, kind: row.kind, payload: row.payload, idempotencyKey: row.idempotencyKey, attempts: 1 } };
}

function recorder() {
  const sent: SendRequest[] = [];
  return { sent, sender: async (request: SendRequest) => (sent.push(request), { mid: `m_${sent.length}_${Math.random()}` }) };
}

describe("messenger.send", () => {
  it("delivers through the sandbox into the dev outbox and marks the message sent, once", async () => {
    const { conversation, messageId } = await queued({ lastInboundAt: hours(1), text: "ကျေးဇူးတင်ပါသည်" });
    await drainOutbox({ handlers: MESSENGER_HANDLERS });
    const message = await db.messengerMessage.findUniqueOrThrow({ where: { id: messageId } });
    expect(message.mid).toMatch(/^sandbox\./);
    expect(await db.devMessage.findMany({ where: { to: conversation.psid }, select: { channel: true, body: true } })).toEqual([{ channel: "MESSENGER", body: "ကျေးဇူးတင်ပါသည်" }]);
  });

  it("is idempotent: an already sent message or a deleted conversation sends nothing", async () => {
    const { sent, sender } = recorder();
    const { job, conversation } = await queued({ lastInboundAt: hours(1) });
    await sendMessengerMessage(job, sender);
    await sendMessengerMessage(job, sender);
    expect(sent).toHaveLength(1);
    const gone = await queued({ lastInboundAt: hours(1) });
    await db.messengerConversation.delete({ where: { id: gone.conversation.id } });
    await sendMessengerMessage(gone.job, sender);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toEqual({ psid: conversation.psid, text: "Hello", tag: null });
  });

  it("refuses a bot message outside the 24 h window; an operator's answer goes tagged HUMAN_AGENT up to 7 days", async () => {
    const { sent, sender } = recorder();
    const { actor } = await createPlatformAdmin();
    const late = await queued({ lastInboundAt: hours(25) });
    await expect(sendMessengerMessage(late.job, sender)).rejects.toEqual(new PermanentFailure("outside_window"));
    const operator = await queued({ lastInboundAt: hours(30), operatorUserId: actor.userId });
    await sendMessengerMessage(operator.job, sender);
    expect(sent.at(-1)?.tag).toBe("HUMAN_AGENT");
    const tooLate = await queued({ lastInboundAt: hours(8 * 24), operatorUserId: actor.userId });
    await expect(sendMessengerMessage(tooLate.job, sender)).rejects.toBeInstanceOf(PermanentFailure);
    await expect(sendMessengerMessage({ ...late.job, payload: { nope: 1 } }, sender)).rejects.toEqual(new PermanentFailure("bad_payload"));
  });
});

describe("the Graph Send API client", () => {
  let server: Server;
  let baseUrl: string;
  const seen: Array<{ auth: string | undefined; url: string | undefined; body: unknown }> = [];
  let answer: { status: number; body: unknown } = { status: 200, body: {} };

  beforeAll(async () => {
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        seen.push({ auth: req.headers.authorization, url: req.url, body: JSON.parse(Buffer.concat(chunks).toString()) });
        res.writeHead(answer.status, { "content-type": "application/json" }).end(JSON.stringify(answer.body));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("posts RESPONSE or the HUMAN_AGENT tag with the page token in the header, and maps errors", async () => {
    const send = createGraphSender({ pageToken: "page-token", baseUrl });
    answer = { status: 200, body: { recipient_id: "42", message_id: "m_abc" } };
    expect(await send({ psid: "42", text: "hi", tag: null })).toEqual({ mid: "m_abc" });
    await send({ psid: "42", text: "hi", tag: "HUMAN_AGENT" });
    expect(seen[0]).toEqual({ auth: "Bearer page-token", url: "/me/messages", body: { recipient: { id: "42" }, message: { text: "hi" }, messaging_type: "RESPONSE" } });
    expect(seen[1]!.body).toMatchObject({ messaging_type: "MESSAGE_TAG", tag: "HUMAN_AGENT" });
    expect(JSON.stringify(seen)).not.toContain("access_token");

    answer = { status: 400, body: { error: { code: 613, message: "rate" } } };
    await expect(send({ psid: "42", text: "hi", tag: null })).rejects.toBeInstanceOf(RetryLater);
    answer = { status: 503, body: {} };
    await expect(send({ psid: "42", text: "hi", tag: null })).rejects.toBeInstanceOf(RetryLater);
    answer = { status: 400, body: { error: { code: 551, message: "unavailable" } } };
    await expect(send({ psid: "42", text: "hi", tag: null })).rejects.toEqual(new PermanentFailure("graph_551"));
    await expect(createGraphSender({ pageToken: "t", baseUrl: "http://127.0.0.1:1" })({ psid: "42", text: "hi", tag: null })).rejects.toEqual(new RetryLater("network"));
  });
});
