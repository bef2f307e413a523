import "server-only";
import { z } from "zod";
import { centerScope, requirePermission, type CenterAccess } from "@/lib/access/center-scope";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { decodeCursor, pageQuery, toPage } from "@/lib/http/pagination";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";

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

const itemSelect = {
  id: true,
  reference: true,
  status: true,
  provider: true,
  totalAmount: true,
  refundedAmount: true,
  currency: true,
  createdAt: true,
  paidAt: true,
  course: { select: { id: true, titleEn: true, titleMy: true } },
  user: { select: { name: true } },
} satisfies Prisma.OrderSelect;

type Row = Prisma.OrderGetPayload<{ select: typeof itemSelect }>;

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
  const rows = await db.order.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: query.limit + 1, select: itemSelect });
  return toPage(rows, query.limit, (row) => ({ key: row.createdAt.toISOString(), id: row.id }), (row) => toItem(row, locale));
}

function toItem(row: Row, locale: Locale): CenterOrderItem {
  return {
    id: row.id,
    reference: row.reference,
    status: row.status.toLowerCase() as CenterOrderStatus,
    provider: row.provider.toLowerCase() as CenterOrderProvider,
    course: { id: row.course.id, title: localized(row.course.titleEn, row.course.titleMy, locale) },
    buyer: row.user ? { name: row.user.name } : null,
    total: row.totalAmount,
    refunded: row.refundedAmount,
    currency: row.currency,
    createdAt: row.createdAt.toISOString(),
    paidAt: row.paidAt?.toISOString() ?? null,
  };
}
