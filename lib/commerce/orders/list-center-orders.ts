import "server-only";
import { z } from "zod";
import { centerScope, requirePermission, type CenterAccess } from "@/lib/access/center-scope";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { decodeCursor, pageQuery, toPage } from "@/lib/http/pagination";
import type { Locale } from "@/lib/i18n/locales";
import { orderCoreSelect, toOrderCore } from "./order-dto";

export const CENTER_ORDER_STATUSES = ["pending", "paid", "partially_refunded", "refunded", "failed", "cancelled", "expired"] as const;
export type CenterOrderStatus = (typeof CENTER_ORDER_STATUSES)[number];
export type CenterOrderProvider = "stripe" | "dinger" | "kbzpay";

export const listCenterOrdersInput = pageQuery.extend({
  status: z.enum(CENTER_ORDER_STATUSES).optional(),
  /** Part of an order reference (`MMSO_…`), any case. */
  reference: z
    .string()
    .trim()
    .max(40)
    .regex(/^[A-Za-z0-9_]*$/)
    .optional(),
});
export type ListCenterOrdersInput = z.input<typeof listCenterOrdersInput>;

/** One row of the center's order list. The buyer is a name only (policy S5: no phone or email). */
export type CenterOrderItem = {
  id: string;
  reference: string;
  status: CenterOrderStatus;
  provider: CenterOrderProvider;
  course: { id: string; title: string };
  /** null when the buyer's account was deleted; `name` null when they never gave one. */
  buyer: { name: string | null } | null;
  total: number;
  refunded: number;
  currency: "MMK" | "USD";
  createdAt: string;
  paidAt: string | null;
};

export type CenterOrderPage = { items: CenterOrderItem[]; nextCursor: string | null };

/** The columns of a center's order row; the detail (getCenterOrder) reads them too. */
export const centerOrderItemSelect = {
  ...orderCoreSelect,
  user: { select: { name: true } },
} satisfies Prisma.OrderSelect;

type Row = Prisma.OrderGetPayload<{ select: typeof centerOrderItemSelect }>;

/** A center's orders for its owners and admins (`order.read`), newest first, keyset-paged. */
export async function listCenterOrders(access: CenterAccess, input: ListCenterOrdersInput, locale: Locale): Promise<CenterOrderPage> {
  requirePermission(access, "order.read");
  const query = listCenterOrdersInput.parse(input);
  const where: Prisma.OrderWhereInput = { ...centerScope(access) };
  if (query.status) where.status = query.status.toUpperCase() as Row["status"];
  if (query.reference) where.reference = { contains: query.reference, mode: "insensitive" };
  const after = decodeCursor(query.cursor);
  if (after) {
    const at = typeof after.key === "string" ? new Date(after.key) : null;
    if (!at || Number.isNaN(at.getTime())) return { items: [], nextCursor: null };
    where.AND = [{ OR: [{ createdAt: { lt: at } }, { createdAt: at, id: { lt: after.id } }] }];
  }
  const rows = await db.order.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: query.limit + 1, select: centerOrderItemSelect });
  return toPage(rows, query.limit, (row) => ({ key: row.createdAt.toISOString(), id: row.id }), (row) => toCenterOrderItem(row, locale));
}

/** A row read with {@link centerOrderItemSelect} (or more) as the list shows it. */
export function toCenterOrderItem(row: Row, locale: Locale): CenterOrderItem {
  return { ...toOrderCore(row, locale), buyer: row.user ? { name: row.user.name } : null };
}
