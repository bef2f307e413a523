import Link from "@/components/site/intent-link";
import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/center/data-table";
import { OrderStatusBadge } from "@/components/center/order-status-badge";
import type { StudentOrder } from "@/lib/centers/students/student-dto";
import { formatMoney } from "@/lib/i18n/format-money";
import type { Locale } from "@/lib/i18n/locales";

type Props = { orders: StudentOrder[]; locale: Locale; orderHref: (id: string) => string };

/** The student's orders with this center: status, total, refunds, each linking to the order's page. */
export async function StudentOrders({ orders, locale, orderHref }: Props) {
  const [t, format] = await Promise.all([getTranslations("centerStudents.detail"), getFormatter()]);
  const money = (amount: number, currency: string) => formatMoney({ amount, currency }, locale);
  return (
    <section className="mt-8" aria-labelledby="orders-title">
      <h3 id="orders-title" className="text-lg font-semibold">
        {t("orders")}
      </h3>
      {orders.length === 0 ? (
        <p className="mt-2 text-sm text-slate-500">{t("noOrders")}</p>
      ) : (
        <DataTable
          testId="student-orders"
          wrapperMargin="mt-3"
          head={
            <>
              <th className="py-2 pr-3">{t("orderColumns.reference")}</th>
              <th className="py-2 pr-3">{t("orderColumns.course")}</th>
              <th className="py-2 pr-3">{t("orderColumns.status")}</th>
              <th className="py-2 pr-3 text-right">{t("orderColumns.total")}</th>
              <th className="py-2 pr-3">{t("orderColumns.refunds")}</th>
              <th className="py-2">{t("orderColumns.ordered")}</th>
            </>
          }
        >
          {orders.map((order) => (
            <tr key={order.id} data-order-id={order.id} className="align-top">
              <td className="py-2 pr-3 font-mono">
                <Link href={orderHref(order.id)} className="text-brand-700 underline">
                  {order.reference}
                </Link>
              </td>
              <td className="py-2 pr-3">{order.courseTitle}</td>
              <td className="py-2 pr-3">
                <OrderStatusBadge status={order.status} />
              </td>
              <td className="py-2 pr-3 text-right whitespace-nowrap">{money(order.total, order.currency)}</td>
              <td className="py-2 pr-3">
                {order.refunds.length === 0 ? (
                  t("none")
                ) : (
                  <ul className="space-y-0.5">
                    {order.refunds.map((refund) => (
                      <li key={refund.id} className="whitespace-nowrap">
                        {money(refund.amount, order.currency)} · {t(`refundStatus.${refund.status}`)}
                      </li>
                    ))}
                  </ul>
                )}
                {order.refunded > 0 ? <p className="text-xs text-slate-600">{t("refundedTotal", { amount: money(order.refunded, order.currency) })}</p> : null}
              </td>
              <td className="py-2 whitespace-nowrap">
                <time dateTime={order.createdAt}>{format.dateTime(new Date(order.createdAt), { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Yangon" })}</time>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
