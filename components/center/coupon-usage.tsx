import Link from "@/components/site/intent-link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { CouponRedemptionItem } from "@/lib/commerce/coupons/manage-coupon-reads";
import { CENTER_ORDER_STATUSES, type CenterOrderStatus } from "@/lib/commerce/orders/list-center-orders";
import { formatMoney } from "@/lib/i18n/format-money";
import type { Locale } from "@/lib/i18n/locales";
import { BuyerName } from "./buyer-name";
import { DataTable } from "./data-table";
import { OrderStatusBadge } from "./order-status-badge";
import { Pager } from "./pager";

type Props = {
  items: CouponRedemptionItem[];
  locale: Locale;
  /** The order's page, or null when the visitor may not open orders. */
  orderHref: ((id: string) => string) | null;
  nextHref: string | null;
  firstHref: string | null;
};

/** The orders that used a coupon: reference, buyer (name only), order status, discount, date, counted or given back. */
export async function CouponUsage({ items, locale, orderHref, nextHref, firstHref }: Props) {
  const [t, tList, format] = await Promise.all([getTranslations("centerCoupons.detail"), getTranslations("centerCoupons.list"), getFormatter()]);
  const th = "py-2 pr-3";
  return (
    <section className="mt-8" aria-labelledby="coupon-usage-heading">
      <h3 id="coupon-usage-heading" className="text-lg font-semibold">
        {t("usageHeading")}
      </h3>
      {items.length === 0 ? (
        <p className="mt-3 text-slate-500">{t("usageEmpty")}</p>
      ) : (
        <>
          <DataTable
            testId="coupon-usage"
            wrapperMargin="mt-3"
            head={
              <>
                <th className={th}>{t("columns.reference")}</th>
                <th className={th}>{t("columns.student")}</th>
                <th className={th}>{t("columns.orderStatus")}</th>
                <th className={`${th} text-right`}>{t("columns.discount")}</th>
                <th className={th}>{t("columns.date")}</th>
                <th className="py-2">{t("columns.use")}</th>
              </>
            }
          >
            {items.map((use) => {
              const status = use.order.status.toLowerCase();
              const known = CENTER_ORDER_STATUSES.find((value): value is CenterOrderStatus => value === status);
              return (
                <tr key={use.id} data-redemption-id={use.id}>
                  <td className="py-2 pr-3 font-mono">
                    {orderHref ? (
                      <Link href={orderHref(use.order.id)} className="text-brand-700 underline">
                        {use.order.reference}
                      </Link>
                    ) : (
                      use.order.reference
                    )}
                  </td>
                  <td className="py-2 pr-3">
                    <BuyerName buyer={use.buyer} />
                  </td>
                  <td className="py-2 pr-3">{known ? <OrderStatusBadge status={known} /> : status}</td>
                  <td className="py-2 pr-3 text-right whitespace-nowrap">{formatMoney(use.discount, locale)}</td>
                  <td className="py-2 pr-3 whitespace-nowrap">
                    <time dateTime={use.createdAt}>{format.dateTime(new Date(use.createdAt), { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Yangon" })}</time>
                  </td>
                  <td className="py-2">{use.released ? t("releasedUse") : t("liveUse")}</td>
                </tr>
              );
            })}
          </DataTable>
          <Pager firstHref={firstHref} nextHref={nextHref} firstLabel={tList("first")} nextLabel={tList("next")} />
        </>
      )}
    </section>
  );
}
