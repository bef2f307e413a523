import type { Metadata } from "next";
import Link from "@/components/site/intent-link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CenterHeader } from "@/components/center/center-header";
import { CouponActiveForm } from "@/components/center/coupon-active-form";
import { CouponDetails } from "@/components/center/coupon-details";
import { CouponFlash } from "@/components/center/coupon-flash";
import { CouponForm } from "@/components/center/coupon-form";
import { CouponUsage } from "@/components/center/coupon-usage";
import { CenterForbiddenPage } from "@/components/center/forbidden-notice";
import { requireCenterPageAccess } from "@/lib/access/center-page";
import { hasPermission } from "@/lib/access/center-scope";
import { getCenterCoupon, getCouponUsage, type CenterCouponDetail } from "@/lib/commerce/coupons/manage-coupon-reads";
import { couponIdInput } from "@/lib/commerce/coupons/manage-coupon-schemas";
import { AppError } from "@/lib/http/errors";
import { pageQuery } from "@/lib/http/pagination";
import { currentLocale } from "@/lib/i18n/current-locale";
import { setCouponActiveAction, updateCouponAction } from "../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string; couponId: string }>; searchParams: Promise<{ notice?: string; error?: string; reason?: string; cursor?: string }> };

const USAGE_PAGE_SIZE = 50;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("centerCoupons.list");
  return { title: t("title"), robots: { index: false } };
}

/**
 * One coupon of the center: its terms and usage figures, the orders that used it, and for owners
 * and admins (`coupon.update`) the edit form and Disable/Enable. Another center's coupon is a 404.
 */
export default async function CenterCouponPage({ params, searchParams }: Props) {
  const { slug, couponId } = await params;
  const access = await requireCenterPageAccess(slug, `/center/${slug}/coupons/${couponId}`);
  const [locale, t, query] = await Promise.all([currentLocale(), getTranslations("centerCoupons.detail"), searchParams]);
  if (!hasPermission(access, "coupon.read")) {
    return <CenterForbiddenPage access={access} locale={locale} />;
  }
  if (!couponIdInput.safeParse({ couponId }).success) notFound();
  const cursor = pageQuery.safeParse({ cursor: query.cursor }).data?.cursor;
  let coupon: CenterCouponDetail;
  let usage: Awaited<ReturnType<typeof getCouponUsage>>;
  try {
    coupon = await getCenterCoupon(access, couponId, locale);
    usage = await getCouponUsage(access, { couponId, cursor, limit: USAGE_PAGE_SIZE }).catch((error: unknown) => {
      if (error instanceof AppError && error.code === "validation_failed") return getCouponUsage(access, { couponId, limit: USAGE_PAGE_SIZE });
      throw error;
    });
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
  const base = `/center/${encodeURIComponent(access.centerSlug)}`;
  const path = `${base}/coupons/${coupon.id}`;
  const canUpdate = hasPermission(access, "coupon.update");
  return (
    <main className="mx-auto max-w-5xl px-4 py-8">
      <CenterHeader access={access} locale={locale} />
      <p className="mt-6 text-sm">
        <Link href={`${base}/coupons`} className="text-brand-700 underline">
          ← {t("back")}
        </Link>
      </p>
      <h2 className="mt-2 font-mono text-lg font-semibold">{t("title", { code: coupon.code })}</h2>
      <CouponFlash notice={query.notice} error={query.error} reason={query.reason} />
      <CouponDetails coupon={coupon} locale={locale} />
      {canUpdate ? <CouponActiveForm active={coupon.active} action={setCouponActiveAction.bind(null, access.centerSlug, coupon.id, !coupon.active)} /> : null}
      <CouponUsage
        items={usage.items}
        locale={locale}
        orderHref={hasPermission(access, "order.read") ? (id) => `${base}/orders/${id}` : null}
        nextHref={usage.nextCursor ? `${path}?cursor=${encodeURIComponent(usage.nextCursor)}` : null}
        firstHref={cursor ? path : null}
      />
      {canUpdate ? <CouponForm coupon={coupon} action={updateCouponAction.bind(null, access.centerSlug, coupon.id)} /> : null}
    </main>
  );
}
