import type { Metadata } from "next";
import Link from "@/components/site/intent-link";
import { getTranslations } from "next-intl/server";
import { CenterHeader } from "@/components/center/center-header";
import { CouponFilter } from "@/components/center/coupon-filter";
import { CouponTable } from "@/components/center/coupon-table";
import { CenterForbiddenPage } from "@/components/center/forbidden-notice";
import { requireCenterPageAccess } from "@/lib/access/center-page";
import { hasPermission } from "@/lib/access/center-scope";
import { listCenterCoupons } from "@/lib/commerce/coupons/manage-coupon-reads";
import { COUPON_STATUSES, type CouponStatusFilter } from "@/lib/commerce/coupons/manage-coupon-schemas";
import { AppError } from "@/lib/http/errors";
import { pageQuery } from "@/lib/http/pagination";
import { firstParam, type SearchParams } from "@/lib/http/search-params";
import { currentLocale } from "@/lib/i18n/current-locale";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> };

const PAGE_SIZE = 25;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("centerCoupons.list");
  return { title: t("title"), robots: { index: false } };
}

/** The center's coupons with their usage (owners, admins, the operator: `coupon.read`), by status. */
export default async function CenterCouponsPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const access = await requireCenterPageAccess(slug, `/center/${slug}/coupons`);
  const [locale, t, query] = await Promise.all([currentLocale(), getTranslations("centerCoupons.list"), searchParams]);
  if (!hasPermission(access, "coupon.read")) {
    return <CenterForbiddenPage access={access} locale={locale} wide />;
  }
  // A status that does not parse is dropped; a stale cursor falls back to the first page.
  const rawStatus = firstParam(query.status);
  const status = COUPON_STATUSES.find((value): value is CouponStatusFilter => value === rawStatus);
  const cursor = pageQuery.safeParse({ cursor: firstParam(query.cursor) }).data?.cursor;
  const filters = { status, limit: PAGE_SIZE };
  const page = await listCenterCoupons(access, { ...filters, cursor }, locale).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "validation_failed") return listCenterCoupons(access, filters, locale);
    throw error;
  });

  const base = `/center/${encodeURIComponent(access.centerSlug)}/coupons`;
  const href = (extra: Record<string, string | undefined>) => {
    const entries: [string, string | undefined][] = Object.entries({ status, ...extra });
    const search = new URLSearchParams(entries.filter((entry): entry is [string, string] => Boolean(entry[1])));
    return search.size > 0 ? `${base}?${search}` : base;
  };
  return (
    <main className="mx-auto max-w-6xl px-4 py-8">
      <CenterHeader access={access} locale={locale} />
      <div className="mt-8 flex flex-wrap items-baseline justify-between gap-3">
        <h2 className="text-lg font-semibold">{t("title")}</h2>
        {hasPermission(access, "coupon.create") ? (
          <Link href={`${base}/new`} className="rounded-md bg-brand-600 px-4 py-2 text-sm text-white">
            {t("new")}
          </Link>
        ) : null}
      </div>
      <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
      <CouponFilter action={base} status={status} />
      <CouponTable
        items={page.items}
        locale={locale}
        couponHref={(id) => `${base}/${id}`}
        filtered={Boolean(status)}
        nextHref={page.nextCursor ? href({ cursor: page.nextCursor }) : null}
        firstHref={cursor ? href({}) : null}
      />
    </main>
  );
}
