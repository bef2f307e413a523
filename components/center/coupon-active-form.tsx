import { getTranslations } from "next-intl/server";

/** Disable (or enable again) a coupon: one button posting to a server action. */
export async function CouponActiveForm({ active, action }: { active: boolean; action: () => Promise<void> }) {
  const t = await getTranslations("centerCoupons.detail");
  return (
    <form action={action} className="mt-6" data-testid="coupon-active-form">
      <p className="text-sm text-slate-600">{t("disableHint")}</p>
      <button type="submit" className={active ? "mt-2 rounded-md border border-red-300 px-4 py-2 text-red-800" : "mt-2 rounded-md bg-brand-600 px-4 py-2 text-white"}>
        {active ? t("disable") : t("enable")}
      </button>
    </form>
  );
}
