import { getFormatter, getTranslations } from "next-intl/server";
import { QrCode } from "@/components/commerce/qr-code";
import type { OrderDto } from "@/lib/commerce/orders/order-dto";
import { formatMoney } from "@/lib/i18n/format-money";
import type { Locale } from "@/lib/i18n/locales";

/** Seconds between reloads of a pending order's page: it follows the order's state with no script (CSP). */
export const PENDING_REFRESH_SECONDS = 3;

/**
 * A pending order: the QR to scan (KBZPay / MMQR), the provider's page, and a refresh that
 * re-reads the order from the database until a verified callback has moved it.
 */
export async function PendingPayment({ order, locale }: { order: OrderDto; locale: Locale }) {
  const [t, format] = await Promise.all([getTranslations("checkout.order"), getFormatter()]);
  const amount = formatMoney({ amount: order.total, currency: order.currency }, locale);
  // Only our providers' own pages are linked (never a stored javascript: or data: URL).
  const url = order.checkout.url && /^https?:\/\//i.test(order.checkout.url) ? order.checkout.url : null;
  return (
    <section aria-labelledby="pending" className="space-y-4 rounded-xl border border-amber-200 bg-amber-50 p-5">
      {/* React places this in <head>; a meta refresh needs no script, so the CSP allows it. */}
      <meta httpEquiv="refresh" content={String(PENDING_REFRESH_SECONDS)} />
      <h2 id="pending" className="text-lg font-semibold">{t("pendingTitle")}</h2>
      {order.checkout.qr ? (
        <figure className="flex flex-col items-center gap-2">
          <QrCode payload={order.checkout.qr} label={t("qrLabel", { amount, reference: order.reference })} />
          <figcaption className="text-center text-sm text-slate-700">{t("scanQr")}</figcaption>
        </figure>
      ) : null}
      {url ? (
        <a href={url} data-testid="payment-page-link" className="inline-block rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
          {t("openPaymentPage")}
        </a>
      ) : null}
      <p role="status" className="text-sm text-slate-700">{t("autoUpdate")}</p>
      {order.expiresAt ? (
        <p className="text-sm text-slate-700">
          {t("payBefore", { time: format.dateTime(new Date(order.expiresAt), { timeStyle: "short", dateStyle: "medium" }) })}
        </p>
      ) : null}
    </section>
  );
}
