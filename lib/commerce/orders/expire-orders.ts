import "server-only";
import { db } from "@/lib/db";
import { releaseRedemption } from "../coupons/redeem-coupon";

/**
 * Ends PENDING orders whose time ran out (a scheduled job): EXPIRED, coupon use given back. In
 * batches, each order in its own short transaction with a guarded update, so a payment that
 * lands at the same moment wins (apply-verified-message still honours a payment on an EXPIRED
 * order). Returns how many expired.
 */
export async function expireStaleOrders(now = new Date(), batchSize = 200): Promise<number> {
  let expired = 0;
  for (;;) {
    const stale = await db.order.findMany({ where: { status: "PENDING", expiresAt: { lt: now } }, select: { id: true }, take: batchSize, orderBy: { expiresAt: "asc" } });
    for (const { id } of stale) {
      const done = await db.$transaction(async (tx) => {
        const { count } = await tx.order.updateMany({ where: { id, status: "PENDING" }, data: { status: "EXPIRED" } });
        if (count === 1) await releaseRedemption(tx, id, now);
        return count;
      });
      expired += done;
    }
    if (stale.length < batchSize) return expired;
  }
}
