import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/http/errors";
import type { AttachmentMeta } from "../webhook-payload";
import { assertOperator } from "./operator-access";

export type ConversationMessage = {
  id: string;
  from: "person" | "bot" | "operator";
  text: string | null;
  attachments: AttachmentMeta[];
  sent: boolean;
  at: string;
};

export type ConversationView = {
  id: string;
  operatorStatus: "BOT" | "WAITING_FOR_OPERATOR" | "WITH_OPERATOR" | "CLOSED";
  marketingConsent: boolean;
  lastInboundAt: string | null;
  messages: ConversationMessage[];
};

const SHOWN = 200;

/** One conversation for the operator: its latest messages (oldest first) with attachment metadata. */
export async function getMessengerConversation(actor: Actor | null, conversationId: string): Promise<ConversationView> {
  assertOperator(actor);
  const row = await db.messengerConversation.findUnique({
    where: { id: conversationId },
    select: {
      id: true,
      operatorStatus: true,
      marketingConsent: true,
      lastInboundAt: true,
      messages: {
        orderBy: [{ sentAt: "desc" }, { id: "desc" }],
        take: SHOWN,
        select: { id: true, direction: true, text: true, attachments: true, operatorUserId: true, mid: true, sentAt: true },
      },
    },
  });
  if (!row) throw new AppError("not_found");
  return {
    id: row.id,
    operatorStatus: row.operatorStatus,
    marketingConsent: row.marketingConsent,
    lastInboundAt: row.lastInboundAt?.toISOString() ?? null,
    messages: row.messages.reverse().map((m) => ({
      id: m.id,
      from: m.direction === "IN" ? "person" : m.operatorUserId ? "operator" : "bot",
      text: m.text,
      attachments: toAttachments(m.attachments),
      sent: m.direction === "IN" || m.mid !== null,
      at: m.sentAt.toISOString(),
    })),
  };
}

function toAttachments(value: unknown): AttachmentMeta[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry: unknown) => {
    if (!entry || typeof entry !== "object") return [];
    const { type, url, size } = entry as Record<string, unknown>;
    if (typeof type !== "string") return [];
    return [{ type, ...(typeof url === "string" ? { url } : {}), ...(typeof size === "number" ? { size } : {}) }];
  });
}
