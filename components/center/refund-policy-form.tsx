import { getTranslations } from "next-intl/server";
import { REFUND_TERMS_FLOOR, type RefundPolicyDto } from "@/lib/commerce/refunds/set-refund-policy";

type Props = { current: RefundPolicyDto; publish: (formData: FormData) => Promise<void> };

/** Publishes new refund terms (`refund_policy.update`), starting from the current ones; says the platform's floor. */
export async function RefundPolicyForm({ current, publish }: Props) {
  const t = await getTranslations("centerOrders.policy");
  const input = "mt-1 rounded-md border border-slate-300 px-3 py-2";
  return (
    <section className="mt-10" aria-labelledby="publish-terms-heading">
      <h3 id="publish-terms-heading" className="text-lg font-semibold">
        {t("formHeading")}
      </h3>
      <p id="floor-hint" className="mt-2 text-sm text-slate-700" data-testid="refund-policy-floor">
        {t("floorHint", { days: REFUND_TERMS_FLOOR.refundWindowDays, percent: REFUND_TERMS_FLOOR.maxProgressPercent })}
      </p>
      <form action={publish} className="mt-3 space-y-4" data-testid="refund-policy-form">
        <div className="flex flex-wrap gap-6">
          <label className="flex flex-col text-sm">
            {t("windowLabel")}
            <input
              name="refundWindowDays"
              required
              inputMode="numeric"
              defaultValue={String(current.refundWindowDays)}
              autoComplete="off"
              aria-describedby="floor-hint"
              className={`${input} w-32`}
            />
          </label>
          <label className="flex flex-col text-sm">
            {t("progressLabel")}
            <input
              name="maxProgressPercent"
              inputMode="numeric"
              defaultValue={current.maxProgressPercent === null ? "" : String(current.maxProgressPercent)}
              autoComplete="off"
              aria-describedby="progress-hint floor-hint"
              className={`${input} w-32`}
            />
          </label>
        </div>
        <p id="progress-hint" className="text-sm text-slate-500">
          {t("progressHint")}
        </p>
        <label className="flex flex-col text-sm">
          {t("termsEn")}
          <textarea name="termsEn" rows={5} maxLength={5000} lang="en" defaultValue={current.termsEn ?? ""} className={input} />
        </label>
        <label className="flex flex-col text-sm">
          {t("termsMy")}
          <textarea name="termsMy" rows={5} maxLength={5000} lang="my" defaultValue={current.termsMy ?? ""} className={input} />
        </label>
        <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 text-white">
          {t("submit")}
        </button>
      </form>
    </section>
  );
}
