import { getFormatter, getTranslations } from "next-intl/server";
import type { OrderReceipt } from "@/lib/commerce/orders/get-receipt";
import { formatMoney } from "@/lib/i18n/format-money";
import type { Locale } from "@/lib/i18n/locales";

const NOTICES = ["requested", "succeeded"] as const;
const ERRORS = ["conflict", "refund_not_allowed", "validation_failed", "unknown"] as const;

type Props = {
  receipt: OrderReceipt;
  locale: Locale;
  request: (formData: FormData) => Promise<void>;
  /** The last submission's outcome (`?refund=` / `?refundError=`); unknown values show nothing. */
  notice?: string;
  error?: string;
};

/**
 * The refund policy's "Request a refund" on the buyer's receipt: the order's terms, whether a
 * refund is owed or at the center's discretion, the form, and what became of the latest request.
 * requestRefund checks everything again under the order's row lock.
 */
export async function RefundRequest({ receipt, locale, request, notice, error }: Props) {
  const { refundRequest: state } = receipt;
  if (!state.canRequest && !state.latest) return null;
  const [t, tm, format] = await Promise.all([getTranslations("checkout.refundRequest"), getTranslations("checkout.methods"), getFormatter()]);
  const remaining = formatMoney({ amount: receipt.total - receipt.refunded, currency: receipt.currency }, locale);
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "long" });
  const noticeKey = NOTICES.find((key) => key === notice);
  const errorKey = ERRORS.find((key) => key === error);
  const latest = state.latest;
  return (
    <section className="space-y-3 rounded-xl border border-slate-200 p-5 print:hidden" aria-labelledby="refund-request-heading" data-testid="refund-request">
      <h2 id="refund-request-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      {errorKey ? (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-red-900" data-testid="refund-request-error">
          {t(`error.${errorKey}`)}
        </p>
      ) : noticeKey ? (
        <p role="status" className="rounded-md bg-emerald-50 p-3 text-emerald-900" data-testid="refund-request-notice">
          {t(`notice.${noticeKey}`)}
        </p>
      ) : null}
      {latest ? (
        <div className="text-sm" data-testid="refund-request-status" data-status={latest.status}>
          <p>{t(`status.${latest.status}`, { amount: formatMoney({ amount: latest.amount, currency: receipt.currency }, locale), date: date(latest.requestedAt) })}</p>
          {latest.rejectionReason ? <p className="mt-1">{t("status.rejectionReason", { reason: latest.rejectionReason })}</p> : null}
        </div>
      ) : null}
      {state.canRequest ? (
        <>
          <p className="text-sm text-slate-700">
            {t("termsWindow", { days: state.terms.refundWindowDays })} {state.terms.maxProgressPercent !== null ? t("termsProgress", { percent: state.terms.maxProgressPercent }) : null}
          </p>
          <p data-testid="refund-request-terms" data-entitled={state.outsideTerms === null}>
            {state.outsideTerms
              ? t("discretionary", { why: t(`outsideTerms.${state.outsideTerms}`) })
              : `${t("entitled", { amount: remaining })} ${receipt.provider === "stripe" ? t("entitledStripe") : t("entitledManual", { provider: tm(`${receipt.provider}.name`) })}`}
          </p>
          <form action={request} className="space-y-3" data-testid="refund-request-form">
            <label className="flex flex-col text-sm">
              {t("reason")}
              <textarea name="reason" required maxLength={500} rows={3} aria-describedby="refund-request-hint" className="mt-1 rounded-md border border-slate-300 px-3 py-2" />
            </label>
            <p id="refund-request-hint" className="text-sm text-slate-500">
              {t("reasonHint")} {t("accessNote")}
            </p>
            <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 text-white">
              {t("submit")}
            </button>
          </form>
        </>
      ) : null}
    </section>
  );
}
