import { createHmac, randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";

export const PAGE_ID = "100200300400500";

/** A fresh page-scoped id, as Meta's are: digits only. */
export const newPsid = () => `${BigInt(`0x${randomBytes(6).toString("hex")}`)}`;
export const newMid = () => `m_${randomBytes(12).toString("base64url")}`;

/**
 * JSON as Meta sends it: every character outside ASCII as a `\uXXXX` escape (UTF-16 code units, so
 * an emoji is a surrogate pair) and `/` as `\/`. Its bytes differ from JSON.stringify's output.
 */
export function asMetaJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/\//g, "\\/")
    .replace(/[\u007f-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** The X-Hub-Signature-256 header for these exact bytes, computed here independently of the code under test. */
export function hubSignature(body: string | Uint8Array, secret = env().MESSENGER_APP_SECRET): string {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}

type Messaging = Record<string, unknown>;

/** A webhook body with the given messaging items, each completed with sender/recipient/timestamp. */
export function webhookBody(psid: string, items: Messaging[], at = Date.now()): { object: "page"; entry: unknown[] } {
  return {
    object: "page",
    entry: [{ id: PAGE_ID, time: at, messaging: items.map((item) => ({ sender: { id: psid }, recipient: { id: PAGE_ID }, timestamp: at, ...item })) }],
  };
}

export const textMessage = (text: string, mid = newMid()): Messaging => ({ message: { mid, text } });

/** Meta's signed_request for the data-deletion callback. */
export function signedRequest(payload: Record<string, unknown>, secret = env().MESSENGER_APP_SECRET): string {
  const body = Buffer.from(JSON.stringify(payload)).toString("base64url");
  return `${createHmac("sha256", secret).update(body).digest("base64url")}.${body}`;
}

/** A conversation with one inbound message (defaults: with the bot, last inbound now). */
export async function createConversation(data: Partial<Prisma.MessengerConversationUncheckedCreateInput> = {}) {
  const now = new Date();
  const conversation = await db.messengerConversation.create({
    data: { psid: newPsid(), pageId: PAGE_ID, lastInboundAt: now, lastActivityAt: now, ...data },
  });
  await db.messengerMessage.create({ data: { conversationId: conversation.id, direction: "IN", mid: newMid(), text: "hello", sentAt: now } });
  return conversation;
}
