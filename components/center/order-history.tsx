import { getFormatter, getTranslations } from "next-intl/server";
import type { CenterOrderDetail } from "@/lib/commerce/orders/get-center-order";
import { formatMoney } from "@/lib/i18n/format-money";
import type { Locale } from "@/lib/i18n/locales";
import { PROVIDER_NAMES } from "./provider-names";

/** The money that moved on an order: the provider's payments, then the refunds (who, when, why). */
export async function OrderHistory({ order, locale }: { order: CenterOrderDetail; locale: Locale }) {
  const [t, format] = await Promise.all([getTranslations("centerOrders"), getFormatter()]);
  const money = (amount: number, currency: "MMK" | "USD") => formatMoney({ amount, currency }, locale);
  const date = (iso: string | null) => (iso ? <time dateTime={iso}>{format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" })}</time> : t("none"));
  const th = "py-2 pr-3";
  return (
    <>
      <section className="mt-8" aria-labelledby="payments-heading">
        <h3 id="payments-heading" className="font-semibold">
          {t("detail.paymentsHeading")}
        </h3>
        {order.payments.length === 0 ? (
          <p className="mt-2 text-sm text-slate-500">{t("detail.noPayments")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="mt-2 w-full text-left text-sm" data-testid="order-payments">
              <thead className="border-b border-slate-200 text-slate-500">
                <tr>
                  <th className={th}>{t("detail.paymentColumns.provider")}</th>
                  <th className={th}>{t("detail.paymentColumns.method")}</th>
                  <th className={th}>{t("detail.paymentColumns.transaction")}</th>
                  <th className={`${th} text-right`}>{t("detail.paymentColumns.amount")}</th>
                  <th className={th}>{t("detail.paymentColumns.status")}</th>
                  <th className="py-2">{t("detail.paymentColumns.date")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {order.payments.map((payment) => (
                  <tr key={payment.id}>
                    <td className={th}>{PROVIDER_NAMES[payment.provider]}</td>
                    <td className={th}>{payment.method ?? t("none")}</td>
                    <td className={`${th} font-mono text-xs break-all`}>{payment.transactionId}</td>
                    <td className={`${th} text-right whitespace-nowrap`}>{money(payment.amount, payment.currency)}</td>
                    <td className={th}>{t(`detail.paymentStatus.${payment.status}`)}</td>
                    <td className="py-2 whitespace-nowrap">{date(payment.paidAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section className="mt-8" aria-labelledby="refunds-heading">
        <h3 id="refunds-heading" className="font-semibold">
          {t("detail.refundsHeading")}
        </h3>
        {order.refunds.length === 0 ? (
          <p className="mt-2 text-sm text-slate-500">{t("detail.noRefunds")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="mt-2 w-full text-left text-sm" data-testid="order-refunds">
              <thead className="border-b border-slate-200 text-slate-500">
                <tr>
                  <th className={`${th} text-right`}>{t("detail.refundColumns.amount")}</th>
                  <th className={th}>{t("detail.refundColumns.status")}</th>
                  <th className={th}>{t("detail.refundColumns.reason")}</th>
                  <th className={th}>{t("detail.refundColumns.reference")}</th>
                  <th className={th}>{t("detail.refundColumns.by")}</th>
                  <th className="py-2">{t("detail.refundColumns.date")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {order.refunds.map((refund) => (
                  <tr key={refund.id}>
                    <td className={`${th} text-right whitespace-nowrap`}>{money(refund.amount, refund.currency)}</td>
                    <td className={th}>{t(`detail.refundStatus.${refund.status}`)}</td>
                    <td className={th}>
                      {refund.reason}
                      {refund.rejectionReason ? <span className="mt-1 block text-slate-600">{t("detail.rejectedBecause", { reason: refund.rejectionReason })}</span> : null}
                    </td>
                    <td className={`${th} font-mono text-xs break-all`}>{refund.reference ?? t("none")}</td>
                    <td className={th}>{refund.processedBy ?? refund.requestedBy ?? (refund.manual ? t("none") : t("detail.atProvider"))}</td>
                    <td className="py-2 whitespace-nowrap">{date(refund.processedAt ?? refund.requestedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}

