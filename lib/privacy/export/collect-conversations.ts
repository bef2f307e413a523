import "server-only";
import { capped, NESTED_ROWS, TAKE, type ExportContext } from "./export-context";
import type { ExportDocument } from "./export-dto";
import { iso, isoOrNull } from "./export-primitives";

/**
 * Support requests the user made, or that came from a Messenger conversation linked to them, with
 * every reply. Operators are not named: they are other people.
 */
export async function collectSupportRequests(ctx: ExportContext): Promise<ExportDocument["supportRequests"]> {
  const rows = await ctx.tx.supportRequest.findMany({
    where: { OR: [{ userId: ctx.userId }, { messengerConversation: { userId: ctx.userId } }] },
    select: {
      id: true,
      source: true,
      status: true,
      subject: true,
      body: true,
      courseId: true,
      createdAt: true,
      closedAt: true,
      order: { select: { reference: true, userId: true } },
      replies: { select: { fromOperator: true, body: true, createdAt: true }, orderBy: { createdAt: "asc" }, take: NESTED_ROWS },
    },
    orderBy: { createdAt: "desc" },
    take: TAKE,
  });
  return capped(ctx, "supportRequests", rows).map((r) => ({
    id: r.id,
    source: r.source,
    status: r.status,
    subject: r.subject,
    body: r.body,
    // An order is named only when it is the user's own.
    orderReference: r.order && r.order.userId === ctx.userId ? r.order.reference : null,
    courseId: r.courseId,
    createdAt: iso(r.createdAt),
    closedAt: isoOrNull(r.closedAt),
    replies: r.replies.map((reply) => ({ ...reply, createdAt: iso(reply.createdAt) })),
  }));
}

/** Messenger conversations linked to the user (M1): messages with attachment metadata, receipts. */
export async function collectMessengerConversations(ctx: ExportContext): Promise<ExportDocument["messengerConversations"]> {
  const rows = await ctx.tx.messengerConversation.findMany({
    where: { userId: ctx.userId },
    select: {
      psid: true,
      operatorStatus: true,
      marketingConsent: true,
      createdAt: true,
      lastActivityAt: true,
      messages: { select: { direction: true, text: true, attachments: true, sentAt: true }, orderBy: { sentAt: "desc" }, take: NESTED_ROWS },
      events: { select: { type: true, watermark: true, receivedAt: true }, orderBy: { receivedAt: "desc" }, take: NESTED_ROWS },
    },
    orderBy: { createdAt: "desc" },
    take: TAKE,
  });
  return capped(ctx, "messengerConversations", rows).map((c) => ({
    psid: c.psid,
    operatorStatus: c.operatorStatus,
    marketingConsent: c.marketingConsent,
    createdAt: iso(c.createdAt),
    lastActivityAt: iso(c.lastActivityAt),
    messages: c.messages.reverse().map((m) => ({ ...m, attachments: m.attachments ?? null, sentAt: iso(m.sentAt) })),
    events: c.events.map((e) => ({ ...e, watermark: iso(e.watermark), receivedAt: iso(e.receivedAt) })),
  }));
}
