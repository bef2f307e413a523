import Link from "@/components/site/intent-link";
import { getTranslations } from "next-intl/server";
import type { CenterCouponItem } from "@/lib/commerce/coupons/manage-coupon-reads";
import { formatCount } from "@/lib/i18n/format-money";
import type { Locale } from "@/lib/i18n/locales";
import { CouponDiscount, CouponStateBadge, CouponUses, CouponWindow, MoneyList } from "./coupon-terms";
import { DataTable } from "./data-table";
import { Pager } from "./pager";

type Props = {
  items: CenterCouponItem[];
  locale: Locale;
  couponHref: (id: string) => string;
  filtered: boolean;
  nextHref: string | null;
  firstHref: string | null;
};

/** The center's coupons: code, discount, scope, window, state and usage. */
export async function CouponTable({ items, locale, couponHref, filtered, nextHref, firstHref }: Props) {
  const t = await getTranslations("centerCoupons");
  if (items.length === 0) return <p className="mt-6 text-slate-500">{filtered ? t("list.noMatch") : t("list.empty")}</p>;
  const th = "py-2 pr-3";
  return (
    <>
      <DataTable
        testId="coupons-table"
        wrapperMargin="mt-6"
        head={
          <>
            <th className={th}>{t("list.columns.code")}</th>
            <th className={th}>{t("list.columns.discount")}</th>
            <th className={th}>{t("list.columns.scope")}</th>
            <th className={th}>{t("list.columns.window")}</th>
            <th className={th}>{t("list.columns.state")}</th>
            <th className={th}>{t("list.columns.uses")}</th>
            <th className={`${th} text-right`}>{t("list.columns.released")}</th>
            <th className={`${th} text-right`}>{t("list.columns.paidOrders")}</th>
            <th className="py-2 text-right">{t("list.columns.discountGiven")}</th>
          </>
        }
      >
        {items.map((coupon) => (
          <tr key={coupon.id} data-coupon-id={coupon.id}>
            <td className="py-2 pr-3 font-mono">
              <Link href={couponHref(coupon.id)} className="text-brand-700 underline">
                {coupon.code}
              </Link>
            </td>
            <td className="py-2 pr-3 whitespace-nowrap">
              <CouponDiscount coupon={coupon} locale={locale} />
            </td>
            <td className="py-2 pr-3">{coupon.course ? coupon.course.title : t("scope.center")}</td>
            <td className="py-2 pr-3">
              <CouponWindow startsAt={coupon.startsAt} endsAt={coupon.endsAt} />
            </td>
            <td className="py-2 pr-3">
              <CouponStateBadge state={coupon.state} />
            </td>
            <td className="py-2 pr-3 whitespace-nowrap" data-testid="coupon-uses">
              <CouponUses used={coupon.usage.redeemed} max={coupon.maxRedemptions} locale={locale} />
            </td>
            <td className="py-2 pr-3 text-right">{formatCount(coupon.usage.released, locale)}</td>
            <td className="py-2 pr-3 text-right">{formatCount(coupon.usage.paidOrders, locale)}</td>
            <td className="py-2 text-right whitespace-nowrap">
              <MoneyList amounts={coupon.usage.discountGiven} locale={locale} />
            </td>
          </tr>
        ))}
      </DataTable>
      <Pager firstHref={firstHref} nextHref={nextHref} firstLabel={t("list.first")} nextLabel={t("list.next")} />
    </>
  );
}
