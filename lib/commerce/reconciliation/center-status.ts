import "server-only";
import { requirePermission, type CenterAccess } from "@/lib/access/center-scope";
import { db } from "@/lib/db";
import { parseReconciliationItems } from "./list-runs";
import type { ReconciliationItem } from "./types";

export type CenterReconciliationStatus = {
  /** When the latest run finished and the payment window it compared. */
  finishedAt: string;
  windowStart: string;
  windowEnd: string;
  /** This center's orders the run found different from the provider and could not repair. */
  open: number;
  /** This center's orders the run repaired from the provider's records (payment applied). */
  repaired: number;
};

const settled = (item: ReconciliationItem) => item.repair === "applied" || item.repair === "already_paid";

/**
 * The latest reconciliation as it concerns one center (`order.read`): how many of its orders were
 * repaired or still differ from the provider. Other centers' discrepancies are never counted or
 * named; null when no run has finished yet.
 */
export async function getCenterReconciliationStatus(access: CenterAccess): Promise<CenterReconciliationStatus | null> {
  requirePermission(access, "order.read");
  const run = await db.reconciliationRun.findFirst({
    orderBy: [{ startedAt: "desc" }, { id: "desc" }],
    select: { finishedAt: true, windowStart: true, windowEnd: true, items: true },
  });
  if (!run) return null;
  const items = parseReconciliationItems(run.items).filter((item) => item.orderId !== null);
  const ids = [...new Set(items.map((item) => item.orderId as string))];
  const ours = new Set(
    ids.length === 0 ? [] : (await db.order.findMany({ where: { id: { in: ids }, centerId: access.centerId }, select: { id: true } })).map((o) => o.id),
  );
  const mine = items.filter((item) => ours.has(item.orderId as string));
  return {
    finishedAt: run.finishedAt.toISOString(),
    windowStart: run.windowStart.toISOString(),
    windowEnd: run.windowEnd.toISOString(),
    open: new Set(mine.filter((item) => !settled(item)).map((item) => item.orderId)).size,
    repaired: new Set(mine.filter(settled).map((item) => item.orderId)).size,
  };
}
