import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/http/errors";
import type { Locale } from "@/lib/i18n/locales";
import type { Prisma } from "@/lib/generated/prisma/client";
import { decodeCursor, toPage } from "@/lib/http/pagination";
import { orderSelect, toOrderDto, type OrderDto } from "./order-dto";

/** `GET /api/v1/orders/{id}`: the caller's own order; anyone else's is `not_found` (never 403: no probing). */
export async function getMyOrder(input: { actor: Actor; orderId: string; locale: Locale }): Promise<OrderDto> {
  const order = await db.order.findFirst({ where: { id: input.orderId, userId: input.actor.userId }, select: orderSelect });
  if (!order) throw new AppError("not_found");
  return toOrderDto(order, input.locale);
}

/** `GET /api/v1/me/orders`: the caller's orders, newest first, keyset-paged. */
export async function listMyOrders(input: { actor: Actor; locale: Locale; limit: number; cursor?: string }): Promise<{ items: OrderDto[]; nextCursor: string | null }> {
  const where: Prisma.OrderWhereInput = { userId: input.actor.userId };
  const after = decodeCursor(input.cursor);
  if (after) {
    const at = typeof after.key === "string" ? new Date(after.key) : null;
    if (!at || Number.isNaN(at.getTime())) return { items: [], nextCursor: null };
    where.AND = [{ OR: [{ createdAt: { lt: at } }, { createdAt: at, id: { lt: after.id } }] }];
  }
  const rows = await db.order.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: input.limit + 1, select: orderSelect });
  return toPage(rows, input.limit, (row) => ({ key: row.createdAt.toISOString(), id: row.id }), (row) => toOrderDto(row, input.locale));
}
