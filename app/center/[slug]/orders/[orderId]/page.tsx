import type { Metadata } from "next";
import Link from "@/components/site/intent-link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CenterHeader } from "@/components/center/center-header";
import { CenterForbiddenPage } from "@/components/center/forbidden-notice";
import { OrderHistory } from "@/components/center/order-history";
import { OrderSummary } from "@/components/center/order-summary";
import { RefundFlash } from "@/components/center/orders-flash";
import { RefundForm } from "@/components/center/refund-form";
import { RefundRequests } from "@/components/center/refund-requests";
import { requireCenterPageAccess } from "@/lib/access/center-page";
import { hasPermission } from "@/lib/access/center-scope";
import { getCenterOrder, getCenterOrderInput, type CenterOrderDetail } from "@/lib/commerce/orders/get-center-order";
import { AppError } from "@/lib/http/errors";
import { currentLocale } from "@/lib/i18n/current-locale";
import { refundOrderAction, rejectRefundRequestAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string; orderId: string }>; searchParams: Promise<{ notice?: string; error?: string; reason?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("centerOrders.list");
  return { title: t("title"), robots: { index: false } };
}

/**
 * One order of the center: the student's open refund requests first, its facts, the terms it was
 * sold under, payments and refunds, and for owners and admins (`refund.create`) the refund form
 * (which also approves a request) and Decline. Another center's order is a 404 (S5).
 */
export default async function CenterOrderPage({ params, searchParams }: Props) {
  const { slug, orderId } = await params;
  const path = `/center/${slug}/orders/${orderId}`;
  const access = await requireCenterPageAccess(slug, path);
  const [locale, t, query] = await Promise.all([currentLocale(), getTranslations("centerOrders.detail"), searchParams]);
  if (!hasPermission(access, "order.read")) {
    return <CenterForbiddenPage access={access} locale={locale} />;
  }
  const input = getCenterOrderInput.safeParse({ orderId });
  if (!input.success) notFound();
  let order: CenterOrderDetail;
  try {
    order = await getCenterOrder(access, input.data, locale);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
  const base = `/center/${encodeURIComponent(access.centerSlug)}/orders`;
  const canRefund = hasPermission(access, "refund.create");
  return (
    <main className="mx-auto max-w-5xl px-4 py-8">
      <CenterHeader access={access} locale={locale} />
      <p className="mt-6 text-sm">
        <Link href={base} className="text-brand-700 underline">
          ← {t("back")}
        </Link>
      </p>
      <h2 className="mt-2 text-lg font-semibold">{t("title", { reference: order.reference })}</h2>
      <RefundFlash notice={query.notice} error={query.error} reason={query.reason} />
      <RefundRequests order={order} locale={locale} canAnswer={canRefund} reject={rejectRefundRequestAction.bind(null, access.centerSlug, order.id)} />
      <OrderSummary order={order} locale={locale} />
      <OrderHistory order={order} locale={locale} />
      {canRefund ? <RefundForm order={order} locale={locale} refund={refundOrderAction.bind(null, access.centerSlug, order.id)} /> : null}
    </main>
  );
}
