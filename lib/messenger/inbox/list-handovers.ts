import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { assertOperator } from "./operator-access";

export const handoverFilter = z.enum(["open", "closed", "all"]).catch("open");
export type HandoverFilter = z.infer<typeof handoverFilter>;

export type HandoverRow = {
  requestId: string;
  conversationId: string;
  operatorStatus: "BOT" | "WAITING_FOR_OPERATOR" | "WITH_OPERATOR" | "CLOSED";
  requestStatus: "OPEN" | "ANSWERED" | "CLOSED";
  locale: "en" | "my" | null;
  messageCount: number;
  lastActivityAt: string;
};

/** Messenger hand-overs for the operator's inbox, most recently active first (no PSID, no texts). */
export async function listMessengerHandovers(actor: Actor | null, filter: HandoverFilter = "open"): Promise<HandoverRow[]> {
  assertOperator(actor);
  const status = filter === "open" ? { not: "CLOSED" as const } : filter === "closed" ? "CLOSED" as const : undefined;
  const rows = await db.supportRequest.findMany({
    where: { source: "MESSENGER", messengerConversationId: { not: null }, ...(status ? { status } : {}) },
    orderBy: [{ lastActivityAt: "desc" }, { id: "desc" }],
    take: 100,
    select: {
      id: true,
      status: true,
      locale: true,
      lastActivityAt: true,
      messengerConversation: { select: { id: true, operatorStatus: true, _count: { select: { messages: true } } } },
    },
  });
  return rows.flatMap((row) =>
    row.messengerConversation
      ? [
          {
            requestId: row.id,
            conversationId: row.messengerConversation.id,
            operatorStatus: row.messengerConversation.operatorStatus,
            requestStatus: row.status,
            locale: row.locale === "MY" ? "my" : row.locale === "EN" ? "en" : null,
            messageCount: row.messengerConversation._count.messages,
            lastActivityAt: row.lastActivityAt.toISOString(),
          },
        ]
      : [],
  );
}
