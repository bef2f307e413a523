import type { ReactNode } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import type { CenterOrderDetail } from "@/lib/commerce/orders/get-center-order";
import { formatMoney } from "@/lib/i18n/format-money";
import type { Locale } from "@/lib/i18n/locales";
import { BuyerName } from "./buyer-name";
import { OrderStatusBadge } from "./order-status-badge";
import { PROVIDER_NAMES } from "./provider-names";

/** An order's facts and the refund terms it was sold under. */
export async function OrderSummary({ order, locale }: { order: CenterOrderDetail; locale: Locale }) {
  const [t, format] = await Promise.all([getTranslations("centerOrders"), getFormatter()]);
  const money = (amount: number) => formatMoney({ amount, currency: order.currency }, locale);
  const date = (iso: string | null) => (iso ? <time dateTime={iso}>{format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" })}</time> : t("none"));
  const rows: [string, ReactNode][] = [
    [t("detail.course"), order.course.title],
    [t("detail.student"), <BuyerName key="buyer" buyer={order.buyer} />],
    [t("detail.status"), <OrderStatusBadge key="status" status={order.status} />],
    [t("detail.provider"), PROVIDER_NAMES[order.provider]],
    [t("detail.price"), money(order.unitAmount)],
    ...(order.discount > 0 ? ([[t("detail.discount"), `− ${money(order.discount)}`]] as [string, ReactNode][]) : []),
    [t("detail.total"), <strong key="total">{money(order.total)}</strong>],
    [t("detail.refunded"), order.refunded > 0 ? money(order.refunded) : t("none")],
    [t("detail.ordered"), date(order.createdAt)],
    [t("detail.paid"), date(order.paidAt)],
  ];
  return (
    <>
      <dl className="mt-6 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-sm" data-testid="order-summary">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-slate-500">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <section className="mt-8" aria-labelledby="terms-heading">
        <h3 id="terms-heading" className="font-semibold">
          {t("detail.termsHeading")}
        </h3>
        <p className="mt-1 text-sm text-slate-600">{order.terms.standard ? t("detail.termsStandard") : t("detail.termsCenter")}</p>
        <ul className="mt-2 list-disc pl-6 text-sm">
          <li>
            {t("detail.termsWindow", { days: order.terms.refundWindowDays })}
            {order.terms.windowEndsAt ? <> {t("detail.windowEnds", { date: format.dateTime(new Date(order.terms.windowEndsAt), { dateStyle: "medium", timeStyle: "short" }) })}</> : null}
          </li>
          <li>
            {order.terms.maxProgressPercent === null ? t("detail.termsNoProgressLimit") : t("detail.termsProgress", { percent: order.terms.maxProgressPercent })}
          </li>
        </ul>
      </section>
    </>
  );
}
