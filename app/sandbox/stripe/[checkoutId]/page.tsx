import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { findStripeSandboxCheckout } from "@/lib/commerce/providers/stripe/sandbox-gateway";
import { isProduction } from "@/lib/env";
import { currentLocale } from "@/lib/i18n/current-locale";
import { formatMoney } from "@/lib/i18n/format-money";
import { cancelAction, resendAction, settleAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ checkoutId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const button = "rounded-md border border-slate-300 px-4 py-2";

/**
 * The Stripe sandbox: plays Stripe's hosted Checkout page in demo mode. The tester pays, declines,
 * cancels or lets the session expire; the server settles the test payment and sends Stripe's signed
 * event to our webhook over HTTP. Plain forms, no client JavaScript. The card field is decoration:
 * it has no name, so the browser never sends it.
 */
export default async function StripeSandboxPage({ params, searchParams }: Props) {
  if (isProduction()) notFound();
  const [{ checkoutId }, query] = await Promise.all([params, searchParams]);
  const [t, locale, checkout] = await Promise.all([getTranslations("sandbox"), currentLocale(), findStripeSandboxCheckout(checkoutId)]);

  const banner = (
    <p role="note" className="rounded-md bg-amber-100 px-4 py-2 text-sm text-amber-900">
      {t("banner")}
    </p>
  );
  if (!checkout) {
    return (
      <div className="space-y-6">
        {banner}
        <p>{t("notFound")}</p>
      </div>
    );
  }

  const money = (amount: number) => formatMoney({ amount, currency: checkout.currency }, locale);
  const status = t(`statuses.${checkout.status}`);
  const hidden = <input type="hidden" name="checkoutId" value={checkout.checkoutId} />;
  return (
    <div className="space-y-6">
      {banner}
      <h1 className="text-2xl font-bold">{t("title", { provider: "Stripe" })}</h1>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
        <dt className="text-slate-500">{t("merchant")}</dt>
        <dd>MMSO</dd>
        <dt className="text-slate-500">{t("stripe.item")}</dt>
        <dd>{checkout.itemName}</dd>
        <dt className="text-slate-500">{t("reference")}</dt>
        <dd className="font-mono" data-testid="stripe-reference">
          {checkout.reference}
        </dd>
        <dt className="text-slate-500">{t("amount")}</dt>
        <dd className="text-lg font-semibold" data-testid="stripe-amount">
          {money(checkout.amount)}
        </dd>
        <dt className="text-slate-500">{t("status")}</dt>
        <dd data-testid="stripe-status" data-status={checkout.status}>
          {status}
          {checkout.refundedAmount > 0 ? <span className="ml-2 text-slate-500">{t("stripe.refunded", { amount: money(checkout.refundedAmount) })}</span> : null}
        </dd>
        {checkout.paymentIntentId ? (
          <>
            <dt className="text-slate-500">{t("stripe.transaction")}</dt>
            <dd className="font-mono">{checkout.paymentIntentId}</dd>
          </>
        ) : null}
      </dl>

      {query.error === "conflict" ? (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-red-800">
          {checkout.callbackAttempts === 0 && checkout.status === "PENDING" ? t("stripe.nothingToResend") : t("alreadySettled", { status })}
        </p>
      ) : null}

      {checkout.status === "PENDING" ? (
        <div className="space-y-4">
          <label className="block">
            <span className="text-sm text-slate-600">{t("stripe.testCard")}</span>
            <input readOnly disabled value="4242 4242 4242 4242" className="mt-1 block w-64 rounded-md border border-slate-300 bg-slate-50 px-3 py-2 font-mono" />
            <span className="mt-1 block text-sm text-slate-500">{t("stripe.testCardNote")}</span>
          </label>
          <form action={settleAction} className="flex flex-wrap gap-2">
            {hidden}
            <button type="submit" name="decision" value="pay" className="rounded-md bg-brand-600 px-4 py-2 text-white">
              {t("pay")} {money(checkout.amount)}
            </button>
            <button type="submit" name="decision" value="decline" className={button}>
              {t("fail")}
            </button>
            <button type="submit" name="decision" value="expire" className={button}>
              {t("expire")}
            </button>
          </form>
          <form action={cancelAction}>
            {hidden}
            <button type="submit" className={button}>
              {t("cancel")}
            </button>
          </form>
          <ul className="list-disc space-y-1 pl-5 text-sm text-slate-500">
            <li>{t("stripe.declineNote")}</li>
            <li>{t("stripe.cancelNote")}</li>
          </ul>
        </div>
      ) : (
        <p>{t("alreadySettled", { status })}</p>
      )}

      {checkout.callbackAttempts > 0 ? (
        <div className="space-y-3">
          <p role="status" data-testid="stripe-callback" data-http-status={checkout.lastCallbackStatus ?? ""}>
            {checkout.lastCallbackStatus === null ? t("callbackFailed") : t("callbackSent", { status: String(checkout.lastCallbackStatus) })}{" "}
            <span className="text-slate-500">{t("stripe.callbackAttempts", { count: checkout.callbackAttempts })}</span>
          </p>
          {checkout.lastEventType ? <p className="text-sm text-slate-500">{t("stripe.lastEvent", { type: checkout.lastEventType })}</p> : null}
          <form action={resendAction}>
            {hidden}
            <button type="submit" className={button}>
              {t("resend")}
            </button>
          </form>
        </div>
      ) : null}

      {checkout.status !== "PENDING" && /^https?:\/\//i.test(checkout.returnUrl) ? (
        <a href={checkout.returnUrl} className="inline-block text-brand-600 underline" data-testid="stripe-back">
          {t("backToMerchant")}
        </a>
      ) : null}
    </div>
  );
}
