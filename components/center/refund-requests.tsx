import { getFormatter, getTranslations } from "next-intl/server";
import type { CenterOrderDetail } from "@/lib/commerce/orders/get-center-order";
import { formatMoney } from "@/lib/i18n/format-money";
import type { Locale } from "@/lib/i18n/locales";

type Props = {
  order: CenterOrderDetail;
  locale: Locale;
  /** Owners and admins (`refund.create`) answer; others only see the request. */
  canAnswer: boolean;
  reject: (refundId: string, formData: FormData) => Promise<void>;
};

/**
 * The student's open refund requests, shown first on the order's page. Approve is the refund form
 * (filled in with the request, which it settles); Decline is offered only for a request made
 * outside the order's terms: an entitled one is what the refund policy promises.
 */
export async function RefundRequests({ order, locale, canAnswer, reject }: Props) {
  if (order.requests.length === 0) return null;
  const [t, format] = await Promise.all([getTranslations("centerOrders.requests"), getFormatter()]);
  return (
    <section className="mt-6 space-y-4" aria-labelledby="requests-heading" data-testid="refund-requests">
      <h3 id="requests-heading" className="text-lg font-semibold">
        {t("heading")}
      </h3>
      {order.requests.map((request) => (
        <article key={request.id} className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950" data-testid="refund-request" data-entitled={request.entitled}>
          <p className="font-medium">
            {t("asked", {
              date: format.dateTime(new Date(request.requestedAt), { dateStyle: "medium", timeStyle: "short" }),
              amount: formatMoney({ amount: request.amount, currency: request.currency }, locale),
            })}
          </p>
          <div>
            <p className="text-sm text-amber-900">{t("reason")}</p>
            <p className="whitespace-pre-line">{request.reason}</p>
          </div>
          <p className="text-sm">{request.outsideTerms ? t("discretionary", { why: t(`outsideTerms.${request.outsideTerms}`) }) : t("entitled")}</p>
          {request.providerFailed ? <p className="text-sm font-medium">{t("providerFailed")}</p> : null}
          {canAnswer ? (
            <div className="flex flex-wrap items-end gap-6">
              <div>
                <a href="#refund-form" className="inline-block rounded-md bg-emerald-700 px-4 py-2 text-white" aria-describedby={`approve-hint-${request.id}`}>
                  {t("approve")}
                </a>
                <p id={`approve-hint-${request.id}`} className="mt-1 text-xs">
                  {t("approveHint")}
                </p>
              </div>
              {request.entitled ? null : (
                <form action={reject.bind(null, request.id)} className="flex flex-wrap items-end gap-2" data-testid="reject-request-form">
                  <label className="flex flex-col text-sm">
                    {t("rejectReason")}
                    <input name="reason" required maxLength={500} autoComplete="off" className="mt-1 w-72 rounded-md border border-slate-300 bg-white px-3 py-2" />
                  </label>
                  <button type="submit" className="rounded-md border border-red-700 bg-white px-4 py-2 text-red-800">
                    {t("reject")}
                  </button>
                </form>
              )}
            </div>
          ) : null}
        </article>
      ))}
    </section>
  );
}
