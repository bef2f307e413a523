import { getFormatter, getTranslations } from "next-intl/server";
import type { CenterCouponDetail } from "@/lib/commerce/coupons/manage-coupon-reads";
import { formatCount, formatMoney } from "@/lib/i18n/format-money";
import type { Locale } from "@/lib/i18n/locales";
import { CouponDiscount, CouponStateBadge, CouponUses, CouponWindow, MoneyList } from "./coupon-terms";

/** A coupon's terms and its usage figures. */
export async function CouponDetails({ coupon, locale }: { coupon: CenterCouponDetail; locale: Locale }) {
  const [t, tScope, format] = await Promise.all([getTranslations("centerCoupons.detail"), getTranslations("centerCoupons.scope"), getFormatter()]);
  const dt = "text-slate-500";
  return (
    <section className="mt-6" data-testid="coupon-details">
      <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-sm">
        <dt className={dt}>{t("state")}</dt>
        <dd>
          <CouponStateBadge state={coupon.state} />
        </dd>
        <dt className={dt}>{t("discount")}</dt>
        <dd>
          <CouponDiscount coupon={coupon} locale={locale} />
        </dd>
        <dt className={dt}>{t("scope")}</dt>
        <dd>{coupon.course ? coupon.course.title : tScope("center")}</dd>
        <dt className={dt}>{t("minPrice")}</dt>
        <dd>{coupon.minPriceAmount === null ? t("noLimit") : formatMoney({ amount: coupon.minPriceAmount, currency: coupon.currency }, locale)}</dd>
        <dt className={dt}>{t("window")}</dt>
        <dd>
          <CouponWindow startsAt={coupon.startsAt} endsAt={coupon.endsAt} />
        </dd>
        <dt className={dt}>{t("caps")}</dt>
        <dd>{coupon.maxRedemptions === null ? t("noLimit") : formatCount(coupon.maxRedemptions, locale)}</dd>
        <dt className={dt}>{t("perUser")}</dt>
        <dd>{coupon.maxPerUser === null ? t("noLimit") : formatCount(coupon.maxPerUser, locale)}</dd>
        <dt className={dt}>{t("created")}</dt>
        <dd>{format.dateTime(new Date(coupon.createdAt), { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Yangon" })}</dd>
      </dl>
      <h3 className="mt-6 font-semibold">{t("summaryHeading")}</h3>
      <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-sm" data-testid="coupon-usage-summary">
        <dt className={dt}>{t("redeemed")}</dt>
        <dd>
          <CouponUses used={coupon.usage.redeemed} max={coupon.maxRedemptions} locale={locale} />
        </dd>
        <dt className={dt}>{t("released")}</dt>
        <dd>{formatCount(coupon.usage.released, locale)}</dd>
        <dt className={dt}>{t("paidOrders")}</dt>
        <dd>{formatCount(coupon.usage.paidOrders, locale)}</dd>
        <dt className={dt}>{t("discountGiven")}</dt>
        <dd>
          <MoneyList amounts={coupon.usage.discountGiven} locale={locale} />
        </dd>
      </dl>
    </section>
  );
}
