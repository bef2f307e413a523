import { getFormatter, getTranslations } from "next-intl/server";
import type { CouponState } from "@/lib/commerce/coupons/manage-coupon-reads";
import { formatCount, formatMoney } from "@/lib/i18n/format-money";
import type { Locale } from "@/lib/i18n/locales";

type Currency = "MMK" | "USD";

/** "10% off" or "MMK 5,000 off". */
export async function CouponDiscount({ coupon, locale }: { coupon: { kind: "PERCENT" | "FIXED"; value: number; currency: Currency }; locale: Locale }) {
  const t = await getTranslations("centerCoupons.discount");
  return coupon.kind === "PERCENT" ? <>{t("percent", { value: formatCount(coupon.value, locale) })}</> : <>{t("fixed", { amount: formatMoney({ amount: coupon.value, currency: coupon.currency }, locale) })}</>;
}

/** When the coupon may be used: any time, from, until, or between two moments (Myanmar time). */
export async function CouponWindow({ startsAt, endsAt }: { startsAt: string | null; endsAt: string | null }) {
  const [t, format] = await Promise.all([getTranslations("centerCoupons.window"), getFormatter()]);
  const at = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Yangon" });
  if (startsAt && endsAt) return <>{t("range", { start: at(startsAt), end: at(endsAt) })}</>;
  if (startsAt) return <>{t("from", { start: at(startsAt) })}</>;
  if (endsAt) return <>{t("until", { end: at(endsAt) })}</>;
  return <>{t("always")}</>;
}

const TONE: Record<CouponState, string> = {
  active: "bg-emerald-50 text-emerald-900",
  scheduled: "bg-sky-50 text-sky-900",
  inactive: "bg-slate-100 text-slate-700",
  expired: "bg-amber-50 text-amber-900",
};

/** A coupon's state in words, with a colour that never carries the meaning alone. */
export async function CouponStateBadge({ state }: { state: CouponState }) {
  const t = await getTranslations("centerCoupons.state");
  return (
    <span className={`rounded px-2 py-0.5 text-xs whitespace-nowrap ${TONE[state]}`} data-state={state}>
      {t(state)}
    </span>
  );
}

/** Uses against the cap: "3 of 10" or "3, no limit". */
export async function CouponUses({ used, max, locale }: { used: number; max: number | null; locale: Locale }) {
  const t = await getTranslations("centerCoupons.uses");
  return max === null ? <>{t("uncapped", { used: formatCount(used, locale) })}</> : <>{t("capped", { used: formatCount(used, locale), max: formatCount(max, locale) })}</>;
}

/** Amounts per currency, or a dash when nothing was given. */
export async function MoneyList({ amounts, locale }: { amounts: { amount: number; currency: Currency }[]; locale: Locale }) {
  const t = await getTranslations("centerCoupons");
  if (amounts.length === 0) return <>{t("none")}</>;
  return <>{amounts.map((money) => formatMoney(money, locale)).join(", ")}</>;
}
