import type { Metadata } from "next";
import Link from "@/components/site/intent-link";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { OrderStatus } from "@/components/checkout/order-status";
import { PendingPayment } from "@/components/checkout/pending-payment";
import { getWebActor } from "@/lib/auth/web-actor";
import { getMyOrder } from "@/lib/commerce/orders/get-order";
import { AppError } from "@/lib/http/errors";
import { currentLocale } from "@/lib/i18n/current-locale";
import { formatMoney } from "@/lib/i18n/format-money";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("checkout.order");
  return { title: t("title"), robots: { index: false } };
}

type Props = { params: Promise<{ orderId: string }> };

const NOT_PAID = { failed: "failedTitle", cancelled: "cancelledTitle", expired: "expiredTitle" } as const;

/**
 * Where the buyer waits and comes back to (every provider's return URL). The state is read from the
 * order, which only a verified provider callback moves: nothing in this URL is believed.
 */
export default async function OrderProgressPage({ params }: Props) {
  const { orderId } = await params;
  if (!z.uuid().safeParse(orderId).success) notFound();
  const actor = await getWebActor();
  if (!actor) redirect(`/login?next=${encodeURIComponent(`/checkout/orders/${orderId}`)}`);
  const locale = await currentLocale();
  // Another person's order answers exactly like a missing one.
  const order = await getMyOrder({ actor, orderId, locale }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  const t = await getTranslations("checkout.order");
  const money = (amount: number) => formatMoney({ amount, currency: order.currency }, locale);
  const primary = "inline-block rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700";
  const secondary = "inline-block rounded-md border border-slate-300 px-4 py-2";

  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
        <dt className="text-slate-500">{t("course")}</dt>
        <dd>
          <Link href={`/courses/${order.course.id}`} className="text-brand-700 underline">
            {order.course.title}
          </Link>
        </dd>
        <dt className="text-slate-500">{t("reference")}</dt>
        <dd className="font-mono" data-testid="order-reference">{order.reference}</dd>
        <dt className="text-slate-500">{t("total")}</dt>
        <dd className="font-semibold">{money(order.total)}</dd>
        <dt className="text-slate-500">{t("status")}</dt>
        <dd>
          <OrderStatus status={order.status} />
        </dd>
      </dl>

      {order.status === "pending" ? (
        <>
          <PendingPayment order={order} locale={locale} />
          <Link href={`/checkout/${order.course.id}`} className="inline-block text-sm text-brand-700 underline">
            {t("otherMethod")}
          </Link>
        </>
      ) : null}

      {order.status === "paid" || order.status === "partially_refunded" ? (
        <section role="status" className="space-y-3 rounded-xl border border-green-200 bg-green-50 p-5">
          <h2 className="text-lg font-semibold text-green-800">{t("paidTitle")}</h2>
          <p>{t("paidText", { course: order.course.title })}</p>
          <div className="flex flex-wrap gap-3">
            <Link href="/learn" className={primary}>{t("openLearning")}</Link>
            <Link href={`/courses/${order.course.id}`} className={secondary}>{t("viewCourse")}</Link>
            <Link href={`/account/orders/${order.id}`} className={secondary}>{t("viewReceipt")}</Link>
          </div>
        </section>
      ) : null}

      {order.status === "failed" || order.status === "cancelled" || order.status === "expired" ? (
        <section role="alert" className="space-y-3 rounded-xl border border-red-200 bg-red-50 p-5">
          <h2 className="text-lg font-semibold text-red-800">{t(NOT_PAID[order.status])}</h2>
          <p>{t("notPaidText")}</p>
          <Link href={`/checkout/${order.course.id}`} className={primary}>{t("tryAgain")}</Link>
        </section>
      ) : null}

      {order.status === "refunded" ? (
        <section className="space-y-3 rounded-xl border border-slate-200 p-5">
          <h2 className="text-lg font-semibold">{t("refundedTitle")}</h2>
          <p>{t("refundedText", { amount: money(order.refunded) })}</p>
          <Link href={`/account/orders/${order.id}`} className={secondary}>{t("viewReceipt")}</Link>
        </section>
      ) : null}
    </div>
  );
}
