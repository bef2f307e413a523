import { getFormatter, getTranslations } from "next-intl/server";
import { STANDARD_REFUND_TERMS } from "@/lib/commerce/refunds/refund-policy";
import type { RefundPolicyDto } from "@/lib/commerce/refunds/set-refund-policy";

/** The terms the center sells under now, as students read them on its course pages. */
export async function RefundPolicyView({ policy }: { policy: RefundPolicyDto }) {
  const [t, format] = await Promise.all([getTranslations("centerOrders.policy"), getFormatter()]);
  const terms = (text: string | null) => (text ? <p className="whitespace-pre-line">{text}</p> : <p className="text-slate-500">{t("notWritten")}</p>);
  return (
    <section className="mt-6" aria-labelledby="current-terms-heading" data-testid="current-refund-terms">
      <h3 id="current-terms-heading" className="font-semibold">
        {t("currentHeading")}
      </h3>
      {policy.standard ? <p className="mt-1 text-sm text-slate-600">{t("standard")}</p> : null}
      {policy.effectiveAt ? (
        <p className="mt-1 text-sm text-slate-600">{t("since", { date: format.dateTime(new Date(policy.effectiveAt), { dateStyle: "medium", timeStyle: "short" }) })}</p>
      ) : null}
      <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-sm">
        <dt className="text-slate-500">{t("window")}</dt>
        <dd data-testid="refund-window">{t("windowValue", { days: policy.refundWindowDays })}</dd>
        <dt className="text-slate-500">{t("progress")}</dt>
        <dd data-testid="refund-progress">{policy.maxProgressPercent === null ? t("noLimit") : t("progressValue", { percent: policy.maxProgressPercent })}</dd>
        <dt className="text-slate-500">{t("termsEn")}</dt>
        <dd lang="en">{terms(policy.termsEn)}</dd>
        <dt className="text-slate-500">{t("termsMy")}</dt>
        <dd lang="my">{terms(policy.termsMy)}</dd>
      </dl>
      <p className="mt-3 text-sm text-slate-500">{t("standardHint", { days: STANDARD_REFUND_TERMS.refundWindowDays, percent: STANDARD_REFUND_TERMS.maxProgressPercent })}</p>
    </section>
  );
}
