import "server-only";
import { db, type Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/locales";
import { describeError, log } from "@/lib/log";
import { toUnicodeText } from "@/lib/text/zawgyi";
import { botTranslator, composeAnswer } from "./bot/compose-answer";
import { detectLanguage } from "./bot/detect-language";
import { type Intent, intentOfPostback, intentOfText } from "./bot/intents";
import { handOverToOperator, touchSupportRequest } from "./handover";
import { queueOutgoingMessage } from "./queue-outgoing";
import type { MessengerItem } from "./webhook-payload";

type Inbound = Extract<MessengerItem, { kind: "message" | "postback" }>;

const WITH_OPERATORS = new Set(["WAITING_FOR_OPERATOR", "WITH_OPERATOR"]);

/**
 * Stores a person's message or button press and lets the bot answer it (through the outbox), in
 * one transaction. The mid is unique: a redelivered message changes nothing and gets no second
 * answer. While a person is with the operators the bot stays silent (a consent withdrawal still counts).
 */
export async function applyInbound(item: Inbound, now: Date): Promise<"stored" | "duplicate"> {
  // Zawgyi typed on older phones is stored and understood as Unicode.
  const text = item.kind === "message" ? (item.text === null ? null : toUnicodeText(item.text)) : item.title;
  const locale = detectLanguage(text);
  const intent = intentFor(item, text);
  const existing = await db.messengerConversation.findUnique({ where: { psid: item.psid }, select: { operatorStatus: true } });
  const botSpeaks = !existing || !WITH_OPERATORS.has(existing.operatorStatus);
  // Composed before the transaction: a course search runs on its own connection pool.
  const answer = botSpeaks ? await composeSafely(intent, locale) : null;

  return db.$transaction(async (tx) => {
    const conversation = await tx.messengerConversation.upsert({
      where: { psid: item.psid },
      create: { psid: item.psid, pageId: item.pageId, lastInboundAt: now, lastActivityAt: now },
      update: { pageId: item.pageId, lastInboundAt: now, lastActivityAt: now },
      select: { id: true, operatorStatus: true },
    });
    const attachments = item.kind === "message" && item.attachments.length > 0 ? (item.attachments as Prisma.InputJsonValue) : undefined;
    const { count } = await tx.messengerMessage.createMany({
      data: [{ conversationId: conversation.id, direction: "IN", mid: item.mid, text, attachments, sentAt: item.at }],
      skipDuplicates: true,
    });
    if (count === 0) return "duplicate";
    await applyIntent(tx, { conversationId: conversation.id, status: conversation.operatorStatus, intent, text: text ?? "", locale, answer, now });
    return "stored";
  });
}

function intentFor(item: Inbound, text: string | null): Intent {
  if (item.kind === "postback") return intentOfPostback(item.payload);
  if (item.quickReply) return intentOfPostback(item.quickReply);
  return text ? intentOfText(text) : { kind: "help" };
}

async function composeSafely(intent: Intent, locale: Locale): Promise<string> {
  try {
    return await composeAnswer(intent, locale);
  } catch (error) {
    // A failed search still gets an answer (the menu) rather than a webhook retry storm.
    log.warn("messenger.compose_failed", { intent: intent.kind, ...describeError(error) });
    return botTranslator(locale)("help");
  }
}

type Step = { conversationId: string; status: string; intent: Intent; text: string; locale: Locale; answer: string | null; now: Date };

async function applyIntent(tx: Tx, step: Step): Promise<void> {
  const { conversationId, intent, now } = step;
  if (intent.kind === "unsubscribe") {
    await tx.messengerConversation.update({ where: { id: conversationId }, data: { marketingConsent: false, consentWithdrawnAt: now }, select: { id: true } });
  }
  if (WITH_OPERATORS.has(step.status)) {
    await touchSupportRequest(tx, { conversationId, text: step.text, locale: step.locale, now });
    return;
  }
  // A closed hand-over ends when the person writes again: the bot is back.
  if (step.status === "CLOSED") await tx.messengerConversation.update({ where: { id: conversationId }, data: { operatorStatus: "BOT" }, select: { id: true } });
  if (intent.kind === "subscribe") {
    await tx.messengerConversation.update({ where: { id: conversationId }, data: { marketingConsent: true, consentedAt: now, consentWithdrawnAt: null }, select: { id: true } });
  }
  if (intent.kind === "handover") await handOverToOperator(tx, { conversationId, text: step.text, locale: step.locale, now });
  // The answer is null only when the conversation was with the operators a moment ago (read before the
  // transaction); its hand-back raced this message, which then simply gets no bot answer.
  if (step.answer !== null) await queueOutgoingMessage(tx, { conversationId, text: step.answer, now });
}
