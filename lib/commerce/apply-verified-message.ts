import "server-only";
import { db, type Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { log } from "@/lib/log";
import { releaseRedemption } from "./coupons/redeem-coupon";
import { fulfilOrder } from "./payments/fulfil-order";
import type { PaymentResult, VerifiedMessage } from "./providers/types";
import { recordProviderRefund } from "./refunds/record-provider-refund";

/** What became of a verified provider message; every case is acknowledged to the provider (2xx). */
export type ApplyOutcome = {
  status: "applied" | "duplicate" | "ignored" | "rejected";
  orderId: string | null;
};

class Rejected extends Error {
  constructor(
    readonly reason: string,
    readonly orderId: string | null,
  ) {
    super(reason);
  }
}

/**
 * The one entry point of every payment webhook after verification (flows.md, flow 3). In ONE
 * transaction: the provider's event is inserted (its unique (source, id) stops a duplicate here),
 * the order is locked, checked (provider, amount, currency) and moved forward only, and its side
 * effects are written. A rejected message (unknown order, wrong amount…) is still stored, with
 * the reason in ProviderEvent.error, and logged without personal data. Throws only when a retry
 * could help (the webhook then answers 5xx so that the provider retries).
 */
export async function applyVerifiedMessage(message: VerifiedMessage, now = new Date()): Promise<ApplyOutcome> {
  const base = eventOf(message);
  try {
    return await db.$transaction(async (tx) => {
      const event = await tx.providerEvent.create({ data: { ...base, processedAt: now } });
      try {
        const outcome = await apply(tx, message, now);
        if (outcome.orderId) await tx.providerEvent.update({ where: { id: event.id }, data: { orderId: outcome.orderId } });
        return outcome;
      } catch (error) {
        if (!(error instanceof Rejected)) throw error;
        await tx.providerEvent.update({ where: { id: event.id }, data: { error: error.reason, orderId: error.orderId } });
        log.warn("commerce.webhook_rejected", { provider: base.source, eventId: base.providerEventId, reason: error.reason, orderId: error.orderId });
        return { status: "rejected" as const, orderId: error.orderId };
      }
    }, {
      // A burst of callbacks (duplicates of one event queue on its unique key, each holding a
      // pooled connection) can make a delivery wait for a connection longer than Prisma's 2 s
      // default; failing then would answer 500 to a valid callback (scripts/fault/webhook-storm.ts).
      maxWait: 10_000,
      timeout: 10_000,
    });
  } catch (error) {
    // The same event delivered twice (or concurrently): its row exists, nothing else was done again.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const seen = await db.providerEvent.findUnique({ where: { source_providerEventId: { source: base.source, providerEventId: base.providerEventId } }, select: { orderId: true } });
      if (seen) return { status: "duplicate", orderId: seen.orderId };
    }
    throw error;
  }
}

function eventOf(message: VerifiedMessage) {
  if (message.kind === "payment") return { source: message.result.provider, providerEventId: message.result.eventId, type: message.result.eventType, payload: message.result.record };
  if (message.kind === "refund") return { source: message.notice.provider, providerEventId: message.notice.eventId, type: message.notice.eventType, payload: message.notice.record };
  return { source: message.provider, providerEventId: message.eventId, type: message.eventType, payload: message.record };
}

async function apply(tx: Tx, message: VerifiedMessage, now: Date): Promise<ApplyOutcome> {
  if (message.kind === "refund") return recordProviderRefund(tx, message.notice, now);
  if (message.kind === "other") {
    const order = message.reference ? await tx.order.findUnique({ where: { reference: message.reference }, select: { id: true } }) : null;
    return { status: "ignored", orderId: order?.id ?? null };
  }
  return applyPayment(tx, message.result, now);
}

async function applyPayment(tx: Tx, result: PaymentResult, now: Date): Promise<ApplyOutcome> {
  // The row lock orders concurrent deliveries of different events for one order.
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM orders WHERE reference = ${result.reference} FOR UPDATE`;
  const orderId = rows[0]?.id;
  if (!orderId) throw new Rejected("unknown_order", null);
  const order = await tx.order.findUniqueOrThrow({ where: { id: orderId }, select: { id: true, status: true, provider: true, totalAmount: true, currency: true } });
  if (order.provider !== result.provider) throw new Rejected("wrong_provider", order.id);

  if (result.outcome === "SUCCEEDED") {
    if (result.amount !== order.totalAmount || result.currency !== order.currency) throw new Rejected("amount_mismatch", order.id);
    // Paid already (or refunded since): a second "paid" message changes nothing.
    if (order.status !== "PENDING" && order.status !== "EXPIRED" && order.status !== "FAILED" && order.status !== "CANCELLED") return { status: "ignored", orderId: order.id };
    // A payment that arrives after the order expired or failed is still money taken: honour it.
    await fulfilOrder(tx, { orderId: order.id, payment: result, now });
    return { status: "applied", orderId: order.id };
  }
  if (result.outcome === "PENDING") return { status: "ignored", orderId: order.id };
  // FAILED / CANCELLED / EXPIRED end only a PENDING order: never undo a payment.
  if (order.status !== "PENDING") return { status: "ignored", orderId: order.id };
  const status = result.outcome;
  await tx.order.update({
    where: { id: order.id },
    data: { status, ...(status === "FAILED" ? { failedAt: now } : status === "CANCELLED" ? { cancelledAt: now } : {}) },
  });
  await releaseRedemption(tx, order.id, now);
  return { status: "applied", orderId: order.id };
}
