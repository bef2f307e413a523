import "server-only";
import { capped, TAKE, type ExportContext } from "./export-context";
import type { ExportDocument } from "./export-dto";
import { iso, isoOrNull, ref, text } from "./export-primitives";

const courseSelect = { select: { id: true, titleEn: true, titleMy: true, center: { select: { id: true, nameEn: true, nameMy: true } } } } as const;

/**
 * The user's orders with their payments (S4). Never the checkout URL or QR, the provider's
 * checkout id, or the idempotency key: those are handles on a payment, not facts about the person.
 */
export async function collectOrders(ctx: ExportContext): Promise<ExportDocument["orders"]> {
  const rows = await ctx.tx.order.findMany({
    where: { userId: ctx.userId },
    select: {
      id: true,
      reference: true,
      provider: true,
      status: true,
      unitAmount: true,
      discountAmount: true,
      totalAmount: true,
      refundedAmount: true,
      currency: true,
      createdAt: true,
      expiresAt: true,
      paidAt: true,
      failedAt: true,
      cancelledAt: true,
      refundedAt: true,
      course: courseSelect,
      coupon: { select: { code: true } },
      payments: {
        select: { provider: true, providerTransactionId: true, status: true, amount: true, currency: true, method: true, paidAt: true, createdAt: true },
        orderBy: { createdAt: "asc" },
      },
    },
    orderBy: { createdAt: "desc" },
    take: TAKE,
  });
  return capped(ctx, "orders", rows).map((o) => {
    const money = (amount: number) => ({ amount, currency: o.currency });
    return {
      id: o.id,
      reference: o.reference,
      course: ref(o.course),
      center: { id: o.course.center.id, name: text(o.course.center.nameEn, o.course.center.nameMy) },
      provider: o.provider,
      status: o.status,
      price: money(o.unitAmount),
      discount: money(o.discountAmount),
      total: money(o.totalAmount),
      refunded: money(o.refundedAmount),
      couponCode: o.coupon?.code ?? null,
      createdAt: iso(o.createdAt),
      expiresAt: isoOrNull(o.expiresAt),
      paidAt: isoOrNull(o.paidAt),
      failedAt: isoOrNull(o.failedAt),
      cancelledAt: isoOrNull(o.cancelledAt),
      refundedAt: isoOrNull(o.refundedAt),
      payments: o.payments.map((p) => ({
        provider: p.provider,
        transactionId: p.providerTransactionId,
        status: p.status,
        amount: { amount: p.amount, currency: p.currency },
        method: p.method,
        paidAt: isoOrNull(p.paidAt),
        createdAt: iso(p.createdAt),
      })),
    };
  });
}

/** Refunds of the user's own orders; who at the center handled them is not the user's data. */
export async function collectRefunds(ctx: ExportContext): Promise<ExportDocument["refunds"]> {
  const rows = await ctx.tx.refund.findMany({
    where: { order: { userId: ctx.userId } },
    select: { amount: true, currency: true, reason: true, status: true, requestedAt: true, processedAt: true, order: { select: { reference: true } } },
    orderBy: { requestedAt: "desc" },
    take: TAKE,
  });
  return capped(ctx, "refunds", rows).map((r) => ({
    orderReference: r.order.reference,
    amount: { amount: r.amount, currency: r.currency },
    reason: r.reason,
    status: r.status,
    requestedAt: iso(r.requestedAt),
    processedAt: isoOrNull(r.processedAt),
  }));
}
