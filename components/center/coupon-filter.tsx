import Link from "@/components/site/intent-link";
import { getTranslations } from "next-intl/server";
import { COUPON_STATUSES, type CouponStatusFilter } from "@/lib/commerce/coupons/manage-coupon-schemas";

/** The status filter of the coupon list: a plain GET form, so it works without client JavaScript. */
export async function CouponFilter({ action, status }: { action: string; status?: CouponStatusFilter }) {
  const t = await getTranslations("centerCoupons");
  return (
    <form method="get" action={action} className="mt-6 flex flex-wrap items-end gap-3" role="search" data-testid="coupons-filter">
      <label className="flex flex-col text-sm">
        {t("list.status")}
        <select name="status" defaultValue={status ?? ""} className="mt-1 rounded-md border border-slate-300 px-3 py-2">
          <option value="">{t("list.allStatuses")}</option>
          {COUPON_STATUSES.map((value) => (
            <option key={value} value={value}>
              {t(`filter.${value}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 text-white">
        {t("list.filter")}
      </button>
      {status ? (
        <Link href={action} className="pb-2 text-sm text-brand-700 underline">
          {t("list.clear")}
        </Link>
      ) : null}
    </form>
  );
}
