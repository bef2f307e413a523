import "server-only";
import { db } from "@/lib/db";
import type { Prisma, SandboxPayment } from "@/lib/generated/prisma/client";
import type { OrderLine } from "./ledger-checks";
import type { OurOrder, ReconciliationMode } from "./types";

export type Snapshot = {
  orders: OurOrder[];
  /** Each order's own ledger lines (not refund or payout lines), by order id. */
  lines: Map<string, OrderLine[]>;
  /** Sandbox mode only: the sandbox gateways' records of these orders and of recent payments. */
  sandbox: Pick<SandboxPayment, "provider" | "merchantReference" | "status" | "amount" | "currency" | "transactionId" | "createdAt">[];
};

const orderSelect = { id: true, reference: true, provider: true, status: true, totalAmount: true, currency: true, providerCheckoutId: true } as const;

/**
 * Reads our side (and in sandbox mode the provider's) in one REPEATABLE READ transaction, so that a
 * payment landing mid-read cannot show up as an unpaid order with ledger lines. The window: orders
 * created or paid in it (every pending or expired order younger than the window is among them),
 * plus any order a sandbox payment of the window names.
 */
export async function loadSnapshot(window: { start: Date; end: Date }, mode: ReconciliationMode): Promise<Snapshot> {
  const inWindow: Prisma.OrderWhereInput = { OR: [{ createdAt: { gte: window.start, lte: window.end } }, { paidAt: { gte: window.start, lte: window.end } }] };
  return db.$transaction(
    async (tx) => {
      const orders = await tx.order.findMany({ where: inWindow, select: orderSelect, orderBy: { createdAt: "asc" } });
      let sandbox: Snapshot["sandbox"] = [];
      let extraIds: string[] = [];
      if (mode === "sandbox") {
        sandbox = await tx.sandboxPayment.findMany({
          where: {
            OR: [
              { merchantReference: { in: orders.map((o) => o.reference) } },
              { createdAt: { gte: window.start, lte: window.end }, status: { in: ["PAID", "REFUNDED"] } },
            ],
          },
          select: { provider: true, merchantReference: true, status: true, amount: true, currency: true, transactionId: true, createdAt: true },
        });
        // A recent sandbox payment of an older order: that order is checked too.
        const known = new Set(orders.map((o) => o.reference));
        const unknown = [...new Set(sandbox.map((s) => s.merchantReference).filter((ref) => !known.has(ref)))];
        if (unknown.length > 0) {
          const extra = await tx.order.findMany({ where: { reference: { in: unknown } }, select: orderSelect });
          orders.push(...extra);
          extraIds = extra.map((o) => o.id);
        }
      }
      const rows = await tx.ledgerEntry.findMany({
        where: { refundId: null, payoutId: null, OR: [{ order: inWindow }, ...(extraIds.length > 0 ? [{ orderId: { in: extraIds } }] : [])] },
        select: { orderId: true, type: true, amount: true },
      });
      const lines = new Map<string, OrderLine[]>();
      for (const row of rows) {
        if (!row.orderId) continue;
        const list = lines.get(row.orderId) ?? [];
        list.push({ type: row.type, amount: row.amount });
        lines.set(row.orderId, list);
      }
      return { orders, lines, sandbox };
    },
    { isolationLevel: "RepeatableRead", timeout: 60_000, maxWait: 15_000 },
  );
}
