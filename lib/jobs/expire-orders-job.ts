import "server-only";
import { expireStaleOrders } from "@/lib/commerce/orders/expire-orders";
import type { JobCounts } from "./types";

/** `commerce.expire-orders`: pending orders whose time ran out become EXPIRED (coupon use given back). */
export async function expireOrdersJob(now = new Date()): Promise<JobCounts> {
  return { expired: await expireStaleOrders(now) };
}
