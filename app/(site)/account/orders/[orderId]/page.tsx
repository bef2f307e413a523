import type { Metadata } from "next";
import Link from "@/components/site/intent-link";
import { notFound, redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { z } from "zod";
import { OrderStatus } from "@/components/checkout/order-status";
import { RefundRequest } from "@/components/checkout/refund-request";
import { getWebActor } from "@/lib/auth/web-actor";
import { getMyReceipt } from "@/lib/commerce/orders/get-receipt";
import { AppError } from "@/lib/http/errors";
import { currentLocale } from "@/lib/i18n/current-locale";
import { formatMoney } from "@/lib/i18n/format-money";
import { requestRefundAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("checkout.receipt");
  return { title: t("title"), robots: { index: false } };
}

type Props = { params: Promise<{ orderId: string }>; searchParams: Promise<{ refund?: string; refundError?: string }> };

// Printing: only the receipt. The site's header, footer and skip link (children of <body>) are
// hidden from here, since this page cannot reach the shared layout any other way.
const PRINT_ONLY_RECEIPT = "print:[body:has(&)>:is(header,footer,a)]:hidden";

/**
 * A printable receipt of one of the person's own orders (another's answers 404, like a missing one),
 * with the refund policy's "Request a refund" (not printed).
 */
export default async function ReceiptPage({ params, searchParams }: Props) {
  const [{ orderId }, query] = await Promise.all([params, searchParams]);
  if (!z.uuid().safeParse(orderId).success) notFound();
  const actor = await getWebActor();
  if (!actor) redirect(`/login?next=${encodeURIComponent(`/account/orders/${orderId}`)}`);
  const locale = await currentLocale();
  const receipt = await getMyReceipt({ actor, orderId, locale }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  const [t, tm, format] = await Promise.all([getTranslations("checkout.receipt"), getTranslations("checkout.methods"), getFormatter()]);
  const money = (amount: number) => formatMoney({ amount, currency: receipt.currency }, locale);
  const date = (iso: string) => <time dateTime={iso}>{format.dateTime(new Date(iso), { dateStyle: "long", timeStyle: "short" })}</time>;
  const rows: [string, React.ReactNode][] = [
    [t("reference"), <span key="ref" className="font-mono" data-testid="receipt-reference">{receipt.reference}</span>],
    [t("orderedAt"), date(receipt.createdAt)],
    [t("paidAt"), receipt.paidAt ? date(receipt.paidAt) : t("notPaid")],
    [t("course"), receipt.course.title],
    [t("center"), receipt.center.name],
    [t("listPrice"), money(receipt.amount)],
    [t("discount"), receipt.discount > 0 ? `− ${money(receipt.discount)}` : money(0)],
    [t("total"), <strong key="total" data-testid="receipt-total">{money(receipt.total)}</strong>],
    ...(receipt.refunded > 0 ? [[t("refunded"), money(receipt.refunded)] as [string, React.ReactNode]] : []),
    // A free order (free course, 100% coupon) went through no provider, whatever it records.
    ...(receipt.total > 0 ? [[t("provider"), tm(`${receipt.provider}.name`)] as [string, React.ReactNode]] : []),
    ...(receipt.method ? [[t("method"), receipt.method] as [string, React.ReactNode]] : []),
    [t("status"), <OrderStatus key="status" status={receipt.status} />],
  ];
  return (
    <article className={`mx-auto max-w-2xl space-y-6 print:max-w-none print:text-black ${PRINT_ONLY_RECEIPT}`} data-testid="receipt">
      <Link href="/account/orders" className="text-sm text-brand-700 underline print:hidden">
        ← {t("backToOrders")}
      </Link>
      <header className="flex items-baseline justify-between gap-4 border-b border-slate-200 pb-3">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-sm text-slate-600 print:text-black">{t("issuedBy", { center: receipt.center.name })}</p>
      </header>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-8 gap-y-2 rounded-xl border border-slate-200 p-5 print:rounded-none print:border-0 print:p-0">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-slate-500 print:text-black">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="text-sm text-slate-600 print:text-black">{t("keepIt")}</p>
      <p className="text-sm text-slate-500 print:hidden">{t("printHint")}</p>
      <RefundRequest receipt={receipt} locale={locale} request={requestRefundAction.bind(null, receipt.id)} notice={query.refund} error={query.refundError} />
    </article>
  );
}
