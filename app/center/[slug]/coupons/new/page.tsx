import type { Metadata } from "next";
import Link from "@/components/site/intent-link";
import { getTranslations } from "next-intl/server";
import { CenterHeader } from "@/components/center/center-header";
import { CouponFlash } from "@/components/center/coupon-flash";
import { CouponForm } from "@/components/center/coupon-form";
import { CenterForbiddenPage } from "@/components/center/forbidden-notice";
import { requireCenterPageAccess } from "@/lib/access/center-page";
import { hasPermission } from "@/lib/access/center-scope";
import { listCouponCourses } from "@/lib/commerce/coupons/manage-coupon-reads";
import { currentLocale } from "@/lib/i18n/current-locale";
import { createCouponAction } from "../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ error?: string; reason?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("centerCoupons.form");
  return { title: t("newTitle"), robots: { index: false } };
}

/** The new-coupon form (owners and admins: `coupon.create`). */
export default async function NewCouponPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const access = await requireCenterPageAccess(slug, `/center/${slug}/coupons/new`);
  const [locale, t, query] = await Promise.all([currentLocale(), getTranslations("centerCoupons.detail"), searchParams]);
  if (!hasPermission(access, "coupon.create")) {
    return <CenterForbiddenPage access={access} locale={locale} />;
  }
  const courses = await listCouponCourses(access, locale);
  const base = `/center/${encodeURIComponent(access.centerSlug)}/coupons`;
  return (
    <main className="mx-auto max-w-5xl px-4 py-8">
      <CenterHeader access={access} locale={locale} />
      <p className="mt-6 text-sm">
        <Link href={base} className="text-brand-700 underline">
          ← {t("back")}
        </Link>
      </p>
      <CouponFlash error={query.error} reason={query.reason} />
      <CouponForm courses={courses} action={createCouponAction.bind(null, access.centerSlug)} />
    </main>
  );
}
