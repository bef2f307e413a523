import Link from "@/components/site/intent-link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { CenterOrderItem } from "@/lib/commerce/orders/list-center-orders";
import { formatMoney } from "@/lib/i18n/format-money";
import type { Locale } from "@/lib/i18n/locales";
import { BuyerName } from "./buyer-name";
import { DataTable } from "./data-table";
import { OrderStatusBadge } from "./order-status-badge";
import { Pager } from "./pager";
import { PROVIDER_NAMES } from "./provider-names";

type Props = {
  items: CenterOrderItem[];
  locale: Locale;
  /** Link of an order's page. */
  orderHref: (id: string) => string;
  filtered: boolean;
  nextHref: string | null;
  firstHref: string | null;
};

/** The center's orders: reference, dates, course, buyer (name only), provider, status and money. */
export async function OrdersTable({ items, locale, orderHref, filtered, nextHref, firstHref }: Props) {
  const [t, format] = await Promise.all([getTranslations("centerOrders"), getFormatter()]);
  if (items.length === 0) return <p className="mt-6 text-slate-500">{filtered ? t("list.noMatch") : t("list.empty")}</p>;
  const date = (iso: string | null) => (iso ? <time dateTime={iso}>{format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" })}</time> : t("none"));
  return (
    <>
      <DataTable
        testId="orders-table"
        wrapperMargin="mt-6"
        head={
          <>
            <th className="py-2 pr-3">{t("list.columns.reference")}</th>
            <th className="py-2 pr-3">{t("list.columns.ordered")}</th>
            <th className="py-2 pr-3">{t("list.columns.course")}</th>
            <th className="py-2 pr-3">{t("list.columns.student")}</th>
            <th className="py-2 pr-3">{t("list.columns.provider")}</th>
            <th className="py-2 pr-3">{t("list.columns.status")}</th>
            <th className="py-2 pr-3 text-right">{t("list.columns.total")}</th>
            <th className="py-2 pr-3 text-right">{t("list.columns.refunded")}</th>
            <th className="py-2">{t("list.columns.paid")}</th>
          </>
        }
      >
        {items.map((order) => (
          <tr key={order.id} data-order-id={order.id}>
            <td className="py-2 pr-3 font-mono">
              <Link href={orderHref(order.id)} className="text-brand-700 underline">
                {order.reference}
              </Link>
            </td>
            <td className="py-2 pr-3 whitespace-nowrap">{date(order.createdAt)}</td>
            <td className="py-2 pr-3">{order.course.title}</td>
            <td className="py-2 pr-3">
              <BuyerName buyer={order.buyer} />
            </td>
            <td className="py-2 pr-3">{PROVIDER_NAMES[order.provider]}</td>
            <td className="py-2 pr-3">
              <OrderStatusBadge status={order.status} />
            </td>
            <td className="py-2 pr-3 text-right whitespace-nowrap">{formatMoney({ amount: order.total, currency: order.currency }, locale)}</td>
            <td className="py-2 pr-3 text-right whitespace-nowrap">{order.refunded > 0 ? formatMoney({ amount: order.refunded, currency: order.currency }, locale) : t("none")}</td>
            <td className="py-2 whitespace-nowrap">{date(order.paidAt)}</td>
          </tr>
        ))}
      </DataTable>
      <Pager firstHref={firstHref} nextHref={nextHref} firstLabel={t("list.firstPage")} nextLabel={t("list.nextPage")} />
    </>
  );
}
