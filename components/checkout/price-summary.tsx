import { getTranslations } from "next-intl/server";
import { formatMoney } from "@/lib/i18n/format-money";
import type { Locale } from "@/lib/i18n/locales";

type Props = { amount: number; discount: number; total: number; currency: string; locale: Locale };

/** Price, coupon discount and total of a checkout, as a definition list. */
export async function PriceSummary({ amount, discount, total, currency, locale }: Props) {
  const t = await getTranslations("checkout.page");
  const money = (value: number) => formatMoney({ amount: value, currency }, locale);
  return (
    <dl className="grid grid-cols-[1fr_auto] gap-y-1">
      <dt className="text-slate-600">{t("price")}</dt>
      <dd className="text-right">{money(amount)}</dd>
      {discount > 0 ? (
        <>
          <dt className="text-slate-600">{t("discount")}</dt>
          <dd className="text-right text-green-700" data-testid="checkout-discount">
            − {money(discount)}
          </dd>
        </>
      ) : null}
      <dt className="border-t border-slate-200 pt-2 font-semibold">{t("total")}</dt>
      <dd className="border-t border-slate-200 pt-2 text-right text-lg font-bold" data-testid="checkout-total">
        {total === 0 ? t("free") : money(total)}
      </dd>
    </dl>
  );
}
