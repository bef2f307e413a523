import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CenterHeader } from "@/components/center/center-header";
import { CenterForbiddenPage } from "@/components/center/forbidden-notice";
import { OrdersFilter } from "@/components/center/orders-filter";
import { OrdersTable } from "@/components/center/orders-table";
import { requireCenterPageAccess } from "@/lib/access/center-page";
import { hasPermission } from "@/lib/access/center-scope";
import { CENTER_ORDER_STATUSES, listCenterOrders, listCenterOrdersInput, type CenterOrderStatus } from "@/lib/commerce/orders/list-center-orders";
import { AppError } from "@/lib/http/errors";
import { pageQuery } from "@/lib/http/pagination";
import { firstParam, type SearchParams } from "@/lib/http/search-params";
import { currentLocale } from "@/lib/i18n/current-locale";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> };

const PAGE_SIZE = 25;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("centerOrders.list");
  return { title: t("title"), robots: { index: false } };
}

/** The center's orders (owners, admins, the operator: `order.read`), filtered by status and reference. */
export default async function CenterOrdersPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const access = await requireCenterPageAccess(slug, `/center/${slug}/orders`);
  const [locale, t, query] = await Promise.all([currentLocale(), getTranslations("centerOrders.list"), searchParams]);
  if (!hasPermission(access, "order.read")) {
    return <CenterForbiddenPage access={access} locale={locale} wide />;
  }
  // Filters that do not parse are dropped (and the reference field says why) instead of failing the page.
  const rawStatus = firstParam(query.status);
  const status = CENTER_ORDER_STATUSES.find((value): value is CenterOrderStatus => value === rawStatus);
  const rawReference = firstParam(query.reference);
  const referenceParse = listCenterOrdersInput.shape.reference.safeParse(rawReference);
  const reference = referenceParse.success ? referenceParse.data : undefined;
  const cursor = pageQuery.safeParse({ cursor: firstParam(query.cursor) }).data?.cursor;
  const filters = { status, reference, limit: PAGE_SIZE };
  const page = await listCenterOrders(access, { ...filters, cursor }, locale).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "validation_failed") return listCenterOrders(access, filters, locale);
    throw error;
  });

  const base = `/center/${encodeURIComponent(access.centerSlug)}/orders`;
  const href = (extra: Record<string, string | undefined>) => {
    const search = new URLSearchParams(Object.entries({ status, reference, ...extra }).filter((entry): entry is [string, string] => Boolean(entry[1])));
    return search.size > 0 ? `${base}?${search}` : base;
  };
  return (
    <main className="mx-auto max-w-6xl px-4 py-8">
      <CenterHeader access={access} locale={locale} />
      <h2 className="mt-8 text-lg font-semibold">{t("title")}</h2>
      <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
      <OrdersFilter action={base} status={status} reference={referenceParse.success ? reference : rawReference} invalidReference={!referenceParse.success} />
      <OrdersTable
        items={page.items}
        locale={locale}
        orderHref={(id) => `${base}/${id}`}
        filtered={Boolean(status || reference)}
        nextHref={page.nextCursor ? href({ cursor: page.nextCursor }) : null}
        firstHref={cursor ? href({}) : null}
      />
    </main>
  );
}
