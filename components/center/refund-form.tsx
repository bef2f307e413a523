import { getFormatter, getTranslations } from "next-intl/server";
import type { CenterOrderDetail } from "@/lib/commerce/orders/get-center-order";
import { formatMoney } from "@/lib/i18n/format-money";
import type { Locale } from "@/lib/i18n/locales";
import { PROVIDER_NAMES } from "./provider-names";

type Props = { order: CenterOrderDetail; locale: Locale; refund: (formData: FormData) => Promise<void> };

/**
 * The refund form (`refund.create`): the whole remaining amount or a part of it, a reason, and for
 * Dinger and KBZPay the reference of the money already sent back in their merchant portal. Outside
 * the order's terms it says why and asks the admin to confirm the center's discretion (a required
 * checkbox); with a student's open request it is filled in with it, and settles it. When nothing
 * can be refunded, says why instead. refundOrder checks everything again.
 */
export async function RefundForm({ order, locale, refund }: Props) {
  const [t, format] = await Promise.all([getTranslations("centerOrders.refund"), getFormatter()]);
  const request = order.requests[0];
  const outsideTerms = order.refund.outsideTerms;
  const refundable = formatMoney({ amount: order.refund.refundable, currency: order.currency }, locale);
  const provider = PROVIDER_NAMES[order.provider];
  return (
    <section className="mt-10 rounded-lg border border-slate-200 p-4" aria-labelledby="refund-heading">
      <h3 id="refund-heading" className="text-lg font-semibold">
        {t("heading")}
      </h3>
      {order.refund.blockedBy ? (
        <p className="mt-2 text-slate-700" data-testid="refund-blocked" data-reason={order.refund.blockedBy}>
          {t(`blocked.${order.refund.blockedBy}`)}
        </p>
      ) : (
        <form action={refund} id="refund-form" className="mt-3 space-y-4" data-testid="refund-form">
          <p>{t("refundable", { amount: refundable })}</p>
          {request ? (
            <p className="text-sm text-slate-700" data-testid="refund-settles-request">
              {t("settlesRequest", { date: format.dateTime(new Date(request.requestedAt), { dateStyle: "medium", timeStyle: "short" }) })}
            </p>
          ) : null}
          {outsideTerms ? (
            <div className="space-y-2 rounded-md bg-amber-50 p-3 text-amber-950" data-testid="refund-outside-terms" data-reason={outsideTerms}>
              <p className="font-semibold">{t(`outsideTerms.${outsideTerms}`)}</p>
              <p className="text-sm" id="refund-discretion-note">
                {t("discretionaryNote")}
              </p>
              <label className="flex items-center gap-2 text-sm font-medium">
                <input type="checkbox" name="discretionary" value="true" required aria-describedby="refund-discretion-note" />
                {t("discretionary")}
              </label>
            </div>
          ) : null}
          <fieldset className="space-y-2">
            <label className="flex items-center gap-2">
              <input type="radio" name="mode" value="full" defaultChecked />
              {t("full", { amount: refundable })}
            </label>
            <label className="flex items-center gap-2">
              <input type="radio" name="mode" value="partial" />
              {t("partial")}
            </label>
            <div className="ml-6 flex flex-col text-sm">
              <label className="flex flex-col">
                {t("amount", { currency: order.currency })}
                <input name="amount" inputMode="decimal" autoComplete="off" aria-describedby="refund-amount-hint" className="mt-1 w-48 rounded-md border border-slate-300 px-3 py-2" />
              </label>
              <span id="refund-amount-hint" className="mt-1 text-slate-500">
                {t("amountHint", { amount: refundable })}
              </span>
            </div>
          </fieldset>
          <div className="flex flex-col text-sm">
            <label className="flex flex-col">
              {t("reason")}
              <input
                name="reason"
                required
                maxLength={500}
                autoComplete="off"
                defaultValue={request?.reason}
                aria-describedby="refund-reason-hint"
                className="mt-1 rounded-md border border-slate-300 px-3 py-2"
              />
            </label>
            <span id="refund-reason-hint" className="mt-1 text-slate-500">
              {t("reasonHint")}
            </span>
          </div>
          {order.refund.manualReferenceRequired ? (
            <div className="space-y-2 rounded-md bg-amber-50 p-3 text-amber-950" data-testid="manual-refund">
              <p className="font-semibold">{t("manualTitle", { provider })}</p>
              <p className="text-sm">{t("manualBody", { provider })}</p>
              <label className="flex flex-col text-sm">
                {t("manualReference", { provider })}
                <input name="manualReference" required maxLength={100} autoComplete="off" className="mt-1 w-64 rounded-md border border-slate-300 bg-white px-3 py-2 font-mono" />
              </label>
            </div>
          ) : (
            <p className="text-sm text-slate-600">{t("stripeBody")}</p>
          )}
          <p className="text-sm text-slate-600">{t("accessNote")}</p>
          <button type="submit" className="rounded-md bg-red-700 px-4 py-2 text-white">
            {t("submit")}
          </button>
        </form>
      )}
    </section>
  );
}
