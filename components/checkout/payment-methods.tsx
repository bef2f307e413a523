import { getTranslations } from "next-intl/server";
import type { CheckoutMethod } from "@/lib/commerce/orders/checkout-methods";

/** The payment methods as radio buttons (only those that accept the course's currency). */
export async function PaymentMethods({ methods, selected }: { methods: CheckoutMethod[]; selected: CheckoutMethod }) {
  const t = await getTranslations("checkout");
  return (
    <fieldset className="space-y-2">
      <legend className="mb-2 font-semibold">{t("page.methodLegend")}</legend>
      {methods.map((method) => (
        <label key={method} className="flex cursor-pointer items-start gap-3 rounded-lg border border-slate-200 p-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
          <input type="radio" name="provider" value={method} defaultChecked={method === selected} required className="mt-1.5" />
          <span>
            <span className="block font-medium">{t(`methods.${method}.name`)}</span>
            <span className="block text-sm text-slate-600">{t(`methods.${method}.description`)}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
