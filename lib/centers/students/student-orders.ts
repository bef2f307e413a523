import "server-only";
import { centerScope, type CenterAccess } from "@/lib/access/center-scope";
import { orderCoreSelect, toOrderCore } from "@/lib/commerce/orders/order-dto";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import type { StudentOrder } from "./student-dto";

/** One student's orders with this center (any course, any status), newest first, with their refunds. */
export async function listStudentOrders(access: CenterAccess, userId: string, locale: Locale): Promise<StudentOrder[]> {
  const rows = await db.order.findMany({
    where: { ...centerScope(access), userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 100,
    select: {
      ...orderCoreSelect,
      refunds: { orderBy: { createdAt: "asc" }, select: { id: true, amount: true, status: true, createdAt: true } },
    },
  });
  return rows.map((row) => {
    const core = toOrderCore(row, locale);
    return {
      id: core.id,
      reference: core.reference,
      status: core.status,
      courseTitle: core.course.title,
      total: core.total,
      refunded: core.refunded,
      currency: core.currency,
      createdAt: core.createdAt,
      paidAt: core.paidAt,
      refunds: row.refunds.map((refund) => ({
        id: refund.id,
        amount: refund.amount,
        status: refund.status.toLowerCase() as StudentOrder["refunds"][number]["status"],
        createdAt: refund.createdAt.toISOString(),
      })),
    };
  });
}
