import type { Metadata } from "next";
import Link from "@/components/site/intent-link";
import { redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { OrderStatus } from "@/components/checkout/order-status";
import { getWebActor } from "@/lib/auth/web-actor";
import { listMyOrders } from "@/lib/commerce/orders/get-order";
import { AppError } from "@/lib/http/errors";
import { currentLocale } from "@/lib/i18n/current-locale";
import { formatMoney } from "@/lib/i18n/format-money";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("checkout.orders");
  return { title: t("title"), robots: { index: false } };
}

type Props = { searchParams: Promise<{ cursor?: string | string[] }> };

const PAGE_SIZE = 20;

/** "My orders": the person's orders, newest first, page by page (the web twin of GET /api/v1/me/orders). */
export default async function MyOrdersPage({ searchParams }: Props) {
  const actor = await getWebActor();
  if (!actor) redirect("/login?next=/account/orders");
  const [t, format, locale, { cursor: raw }] = await Promise.all([getTranslations("checkout.orders"), getFormatter(), currentLocale(), searchParams]);
  const cursor = typeof raw === "string" && raw.length <= 512 ? raw : undefined;
  const page = await listMyOrders({ actor, locale, limit: PAGE_SIZE, cursor }).catch((error: unknown) => {
    // A forged or stale cursor shows the first page instead of an error.
    if (error instanceof AppError) return listMyOrders({ actor, locale, limit: PAGE_SIZE });
    throw error;
  });
  return (
    <div className="mx-auto max-w-4xl">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {page.items.length === 0 ? (
        <p className="mt-6 text-slate-600">
          {t("empty")}{" "}
          <Link href="/courses" className="text-brand-700 underline">
            {t("browse")}
          </Link>
        </p>
      ) : (
        <div className="mt-6 overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid="my-orders">
            <thead className="border-b border-slate-200 text-slate-500">
              <tr>
                <th scope="col" className="py-2 pr-4 font-medium">{t("date")}</th>
                <th scope="col" className="py-2 pr-4 font-medium">{t("course")}</th>
                <th scope="col" className="py-2 pr-4 text-right font-medium">{t("total")}</th>
                <th scope="col" className="py-2 pr-4 font-medium">{t("status")}</th>
                <th scope="col" className="py-2"><span className="sr-only">{t("receipt")}</span></th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {page.items.map((order) => (
                <tr key={order.id}>
                  <td className="py-3 pr-4 whitespace-nowrap">
                    <time dateTime={order.createdAt}>{format.dateTime(new Date(order.createdAt), { dateStyle: "medium" })}</time>
                  </td>
                  <td className="py-3 pr-4">
                    <Link href={`/courses/${order.course.id}`} className="text-brand-700 underline">
                      {order.course.title}
                    </Link>
                  </td>
                  <td className="py-3 pr-4 text-right whitespace-nowrap">{formatMoney({ amount: order.total, currency: order.currency }, locale)}</td>
                  <td className="py-3 pr-4">
                    <OrderStatus status={order.status} />
                  </td>
                  <td className="py-3 whitespace-nowrap">
                    <Link href={order.status === "pending" ? `/checkout/orders/${order.id}` : `/account/orders/${order.id}`} className="text-brand-700 underline">
                      {order.status === "pending" ? t("continuePaying") : t("receipt")}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {page.nextCursor ? (
        <p className="mt-6">
          <Link href={`/account/orders?cursor=${encodeURIComponent(page.nextCursor)}`} className="rounded-md border border-slate-300 px-4 py-2">
            {t("older")}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
