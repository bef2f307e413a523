import { getTranslations } from "next-intl/server";
import type { OrderDto } from "@/lib/commerce/orders/order-dto";

const TONE: Record<OrderDto["status"], string> = {
  pending: "bg-amber-100 text-amber-900",
  paid: "bg-green-100 text-green-800",
  failed: "bg-red-100 text-red-800",
  cancelled: "bg-slate-100 text-slate-700",
  expired: "bg-slate-100 text-slate-700",
  refunded: "bg-slate-100 text-slate-700",
  partially_refunded: "bg-slate-100 text-slate-700",
};

/** An order's state in the visitor's language; `data-status` carries the machine value for tests. */
export async function OrderStatus({ status }: { status: OrderDto["status"] }) {
  const t = await getTranslations("checkout.statuses");
  return (
    <span data-testid="order-status" data-status={status} className={`inline-block rounded-full px-2.5 py-0.5 text-sm font-medium print:p-0 ${TONE[status]}`}>
      {t(status)}
    </span>
  );
}
