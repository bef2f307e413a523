import { getTranslations } from "next-intl/server";
import type { CenterOrderStatus } from "@/lib/commerce/orders/list-center-orders";

const TONE: Record<CenterOrderStatus, string> = {
  pending: "bg-amber-50 text-amber-900",
  paid: "bg-emerald-50 text-emerald-900",
  partially_refunded: "bg-sky-50 text-sky-900",
  refunded: "bg-slate-100 text-slate-700",
  failed: "bg-red-50 text-red-900",
  cancelled: "bg-slate-100 text-slate-700",
  expired: "bg-slate-100 text-slate-700",
};

/** An order's status in words, with a colour that never carries the meaning alone. */
export async function OrderStatusBadge({ status }: { status: CenterOrderStatus }) {
  const t = await getTranslations("centerOrders.status");
  return (
    <span className={`rounded px-2 py-0.5 text-xs whitespace-nowrap ${TONE[status]}`} data-status={status}>
      {t(status)}
    </span>
  );
}
