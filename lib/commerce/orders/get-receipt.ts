import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/http/errors";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";
import { refundRefusal, STANDARD_REFUND_TERMS, type RefundRefusal } from "../refunds/refund-policy";
import { isRefundableStatus, refundableAmount } from "../refunds/refundability";
import { orderSelect, toOrderDto, type OrderDto } from "./order-dto";

/** An order as its buyer's receipt shows it: the order, the center that sold it and how it was paid. */
export type OrderReceipt = OrderDto & {
  center: { slug: string; name: string };
  /** The provider's name of the method ("KBZ Pay", "card", "MMQR"…), from the successful payment. */
  method: string | null;
  refundRequest: ReceiptRefundRequest;
};

/** What the buyer can do about a refund, and what became of their latest request. */
export type ReceiptRefundRequest = {
  /** A paid order with money left and no open request: "Request a refund" is offered. */
  canRequest: boolean;
  /** What asking now would be: owed under the order's terms (null), or at the center's discretion (why). */
  outsideTerms: RefundRefusal | null;
  terms: { refundWindowDays: number; maxProgressPercent: number | null };
  /** The buyer's latest request for this order, if any. */
  latest: {
    status: "requested" | "processing" | "succeeded" | "failed" | "rejected";
    amount: number;
    requestedAt: string;
    processedAt: string | null;
    /** The center's reason, when it declined. */
    rejectionReason: string | null;
  } | null;
};

/** The caller's own order as a receipt; anyone else's is `not_found`, exactly like a missing one. */
export async function getMyReceipt(input: { actor: Actor; orderId: string; locale: Locale }): Promise<OrderReceipt> {
  const order = await db.order.findFirst({
    where: { id: input.orderId, userId: input.actor.userId },
    select: {
      ...orderSelect,
      course: { select: { ...orderSelect.course.select, center: { select: { slug: true, nameEn: true, nameMy: true } } } },
      payments: { where: { status: "SUCCEEDED" }, orderBy: { paidAt: "desc" }, take: 1, select: { method: true } },
      refundPolicyId: true,
      userId: true,
      courseId: true,
      refundPolicy: { select: { refundWindowDays: true, maxProgressPercent: true } },
      refunds: { orderBy: [{ requestedAt: "desc" }, { id: "desc" }], select: { status: true, amount: true, requestedById: true, requestedAt: true, processedAt: true, failureReason: true } },
    },
  });
  if (!order) throw new AppError("not_found");
  const { center } = order.course;
  return {
    ...toOrderDto(order, input.locale),
    center: { slug: center.slug, name: localized(center.nameEn, center.nameMy, input.locale) },
    method: order.payments[0]?.method ?? null,
    refundRequest: await refundRequestOf(order, input.actor.userId),
  };
}

type RefundRow = { status: "REQUESTED" | "PROCESSING" | "SUCCEEDED" | "FAILED" | "REJECTED"; amount: number; requestedById: string | null; requestedAt: Date; processedAt: Date | null; failureReason: string | null };

async function refundRequestOf(
  order: Parameters<typeof refundRefusal>[1] & Parameters<typeof refundableAmount>[1] & { status: Parameters<typeof isRefundableStatus>[0]; refundPolicy: { refundWindowDays: number; maxProgressPercent: number | null } | null; refunds: RefundRow[] },
  userId: string,
  now = new Date(),
): Promise<ReceiptRefundRequest> {
  const open = order.refunds.some((refund) => refund.status === "REQUESTED" || refund.status === "PROCESSING");
  const canRequest = isRefundableStatus(order.status) && !open && (await refundableAmount(db, order)) > 0;
  const mine = order.refunds.find((refund) => refund.requestedById === userId);
  const terms = order.refundPolicy ?? STANDARD_REFUND_TERMS;
  return {
    canRequest,
    outsideTerms: canRequest ? await refundRefusal(db, order, now) : null,
    terms: { refundWindowDays: terms.refundWindowDays, maxProgressPercent: terms.maxProgressPercent },
    latest: mine
      ? {
          status: mine.status.toLowerCase() as NonNullable<ReceiptRefundRequest["latest"]>["status"],
          amount: mine.amount,
          requestedAt: mine.requestedAt.toISOString(),
          processedAt: mine.processedAt?.toISOString() ?? null,
          rejectionReason: mine.status === "REJECTED" ? mine.failureReason : null,
        }
      : null,
  };
}
