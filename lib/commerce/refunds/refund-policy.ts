import "server-only";
import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";
import { getCourseProgress } from "@/lib/learning/course-progress";

/** The platform's standard terms, for a center that has published none (shown on its refund page). */
export const STANDARD_REFUND_TERMS = { refundWindowDays: 7, maxProgressPercent: 20 } as const;

export type RefundTerms = { refundWindowDays: number; maxProgressPercent: number | null; termsEn: string | null; termsMy: string | null; effectiveAt: Date | null; standard: boolean };

/** The terms a center sells under now (its newest effective policy, else the standard terms). */
export async function currentRefundTerms(centerId: string, now = new Date(), client: Tx = db): Promise<RefundTerms> {
  const policy = await client.centerRefundPolicy.findFirst({ where: { centerId, effectiveAt: { lte: now } }, orderBy: { effectiveAt: "desc" } });
  return policy ? { ...policy, standard: false } : { ...STANDARD_REFUND_TERMS, termsEn: null, termsMy: null, effectiveAt: null, standard: true };
}

export type RefundRefusal = "outside_window" | "too_much_progress";

/**
 * Whether an order may still be refunded under the terms it was SOLD under (the order's snapshot,
 * else the standard terms): within the window from payment and, when the terms say so, while the
 * buyer's progress in the course is below the limit.
 */
export async function refundRefusal(
  tx: Tx,
  order: { refundPolicyId: string | null; paidAt: Date | null; userId: string | null; courseId: string },
  now: Date,
): Promise<RefundRefusal | null> {
  const policy = order.refundPolicyId ? await tx.centerRefundPolicy.findUnique({ where: { id: order.refundPolicyId } }) : null;
  const terms = policy ?? STANDARD_REFUND_TERMS;
  const paidAt = order.paidAt ?? now;
  if (now.getTime() - paidAt.getTime() > terms.refundWindowDays * 86_400_000) return "outside_window";
  if (terms.maxProgressPercent !== null && order.userId) {
    const progress = await getCourseProgress(order.userId, order.courseId, tx);
    if (progress.percent >= terms.maxProgressPercent) return "too_much_progress";
  }
  return null;
}
