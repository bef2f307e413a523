import "server-only";
import { z } from "zod";
import { centerScope, requirePermission, type CenterAccess } from "@/lib/access/center-scope";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/http/errors";
import type { Locale } from "@/lib/i18n/locales";
import { refundability, refundsThroughApi, type RefundBlock } from "../refunds/refundability";
import { refundRefusal, STANDARD_REFUND_TERMS, type RefundRefusal } from "../refunds/refund-policy";
import { centerOrderItemSelect, toCenterOrderItem, type CenterOrderItem, type CenterOrderProvider } from "./list-center-orders";

export const getCenterOrderInput = z.object({ orderId: z.uuid() });

export type CenterOrderPayment = {
  id: string;
  provider: CenterOrderProvider;
  /** As the provider names it, e.g. "KBZ Pay", "card", "MMQR". */
  method: string | null;
  transactionId: string;
  status: "pending" | "succeeded" | "failed";
  amount: number;
  currency: "MMK" | "USD";
  paidAt: string | null;
};

export type CenterOrderRefund = {
  id: string;
  amount: number;
  currency: "MMK" | "USD";
  status: "requested" | "processing" | "succeeded" | "failed" | "rejected";
  reason: string;
  /** The manual transfer's reference (Dinger, KBZPay) or the provider's refund id (Stripe). */
  reference: string | null;
  manual: boolean;
  /** Who asked (a staff member, or the buyer for their own request); null for a refund made at the provider or by a deleted account. */
  requestedBy: string | null;
  /** The staff member who made or declined it; null when made at the provider or by the platform itself. */
  processedBy: string | null;
  /** Why the center declined the student's request (status `rejected`). */
  rejectionReason: string | null;
  requestedAt: string;
  processedAt: string | null;
};

/** A student's request waiting for the center (status REQUESTED), for the remaining amount. */
export type CenterOrderRequest = {
  id: string;
  amount: number;
  currency: "MMK" | "USD";
  reason: string;
  requestedAt: string;
  /** Made within the order's terms: it is owed (cannot be declined); else at the center's discretion. */
  entitled: boolean;
  /** Why not, when outside the terms. */
  outsideTerms: RefundRefusal | null;
  /** An entitled request whose refund through the provider's API failed: it waits for a retry. */
  providerFailed: boolean;
};

export type CenterOrderDetail = CenterOrderItem & {
  unitAmount: number;
  discount: number;
  payments: CenterOrderPayment[];
  /** Open student requests, oldest first (at most one at a time); they are not in `refunds`. */
  requests: CenterOrderRequest[];
  refunds: CenterOrderRefund[];
  /** The terms the order was sold under (its snapshot, else the platform's standard terms). */
  terms: { refundWindowDays: number; maxProgressPercent: number | null; standard: boolean; windowEndsAt: string | null };
  refund: {
    /** How much can be refunded now: 0 whenever `blockedBy` is set. */
    refundable: number;
    blockedBy: RefundBlock | null;
    /** Outside the order's terms (why): a refund is then possible only at the center's discretion. */
    outsideTerms: RefundRefusal | null;
    /** Dinger and KBZPay: the money is sent back in the provider's portal first, then recorded with its reference. */
    manualReferenceRequired: boolean;
  };
};

const detailSelect = {
  ...centerOrderItemSelect,
  unitAmount: true,
  discountAmount: true,
  refundPolicyId: true,
  userId: true,
  courseId: true,
  refundPolicy: { select: { refundWindowDays: true, maxProgressPercent: true } },
  payments: {
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, provider: true, method: true, providerTransactionId: true, status: true, amount: true, currency: true, paidAt: true },
  },
  refunds: {
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      amount: true,
      currency: true,
      status: true,
      reason: true,
      providerRefundId: true,
      failureReason: true,
      requestedAt: true,
      processedAt: true,
      requestedBy: { select: { name: true } },
      processedBy: { select: { name: true } },
    },
  },
} satisfies Prisma.OrderSelect;

type Row = Prisma.OrderGetPayload<{ select: typeof detailSelect }>;

const MANUAL_PREFIX = "manual:";

/**
 * One order of the center for its owners and admins (`order.read`): open student requests,
 * payments, refunds, and whether, how much and on what footing (owed, or at the center's
 * discretion) it can be refunded now (the rules refundOrder applies). Another center's order, or a
 * missing one, is `not_found` (policy S5).
 */
export async function getCenterOrder(access: CenterAccess, input: z.input<typeof getCenterOrderInput>, locale: Locale, now = new Date()): Promise<CenterOrderDetail> {
  requirePermission(access, "order.read");
  const { orderId } = getCenterOrderInput.parse(input);
  const row = await db.order.findFirst({ where: { id: orderId, ...centerScope(access) }, select: detailSelect });
  if (!row) throw new AppError("not_found");
  const terms = row.refundPolicy ?? STANDARD_REFUND_TERMS;
  const refund = await refundability(db, row, now);
  return {
    ...toCenterOrderItem(row, locale),
    unitAmount: row.unitAmount,
    discount: row.discountAmount,
    payments: row.payments.map((payment) => ({
      id: payment.id,
      provider: payment.provider.toLowerCase() as CenterOrderProvider,
      method: payment.method,
      transactionId: payment.providerTransactionId,
      status: payment.status.toLowerCase() as CenterOrderPayment["status"],
      amount: payment.amount,
      currency: payment.currency,
      paidAt: payment.paidAt?.toISOString() ?? null,
    })),
    requests: await Promise.all(
      row.refunds
        .filter((item) => item.status === "REQUESTED")
        .map(async (item) => {
          const outsideTerms = await refundRefusal(db, row, item.requestedAt);
          return { id: item.id, amount: item.amount, currency: item.currency, reason: item.reason, requestedAt: item.requestedAt.toISOString(), entitled: outsideTerms === null, outsideTerms, providerFailed: item.failureReason === "provider_error" };
        }),
    ),
    refunds: row.refunds.filter((item) => item.status !== "REQUESTED").map((item) => toRefund(item)),
    terms: {
      refundWindowDays: terms.refundWindowDays,
      maxProgressPercent: terms.maxProgressPercent,
      standard: !row.refundPolicy,
      windowEndsAt: row.paidAt ? new Date(row.paidAt.getTime() + terms.refundWindowDays * 86_400_000).toISOString() : null,
    },
    refund: { ...refund, manualReferenceRequired: !refundsThroughApi(row.provider) },
  };
}

function toRefund(item: Row["refunds"][number]): CenterOrderRefund {
  const manual = item.providerRefundId?.startsWith(MANUAL_PREFIX) ?? false;
  return {
    id: item.id,
    amount: item.amount,
    currency: item.currency,
    status: item.status.toLowerCase() as CenterOrderRefund["status"],
    reason: item.reason,
    reference: manual ? item.providerRefundId!.slice(MANUAL_PREFIX.length) : item.providerRefundId,
    manual,
    requestedBy: item.requestedBy?.name ?? null,
    processedBy: item.processedBy?.name ?? null,
    rejectionReason: item.status === "REJECTED" ? item.failureReason : null,
    requestedAt: item.requestedAt.toISOString(),
    processedAt: item.processedAt?.toISOString() ?? null,
  };
}
