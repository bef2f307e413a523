import Link from "@/components/site/intent-link";
import { getTranslations } from "next-intl/server";
import { formatMoney, type Money } from "@/lib/i18n/format-money";
import type { Locale } from "@/lib/i18n/locales";

/** "Buy for MMK 85,000" (or "Enrol for free") on a course page: a plain link to the checkout. */
export async function BuyButton({ courseId, price, locale }: { courseId: string; price: Money; locale: Locale }) {
  const t = await getTranslations("checkout.buy");
  return (
    <>
      <Link href={`/checkout/${courseId}`} data-testid="buy-button" className="mt-4 block rounded-md bg-brand-600 px-4 py-2 text-center font-medium text-white hover:bg-brand-700">
        {price.amount === 0 ? t("enrolFree") : t("buyFor", { price: formatMoney(price, locale) })}
      </Link>
      <p className="mt-2 text-xs text-slate-500">{t("methodsHint")}</p>
    </>
  );
}
