import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SECONDARY_BUTTON } from "@/components/sandbox/button-styles";
import { SandboxChoiceButtons } from "@/components/sandbox/choice-buttons";
import { SandboxBackLink } from "@/components/sandbox/sandbox-back-link";
import { SandboxCallbackResult } from "@/components/sandbox/sandbox-callback";
import { SandboxFacts, SandboxFact } from "@/components/sandbox/sandbox-facts";
import { SandboxFrame, SandboxNotFound } from "@/components/sandbox/sandbox-frame";
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

  if (!checkout) return <SandboxNotFound />;

  const money = (amount: number) => formatMoney({ amount, currency: checkout.currency }, locale);
  const status = t(`statuses.${checkout.status}`);
  const hidden = <input type="hidden" name="checkoutId" value={checkout.checkoutId} />;
  return (
    <SandboxFrame title={t("title", { provider: "Stripe" })}>
      <SandboxFacts
        provider="stripe"
        merchant="MMSO"
        afterMerchant={<SandboxFact label={t("stripe.item")}>{checkout.itemName}</SandboxFact>}
        reference={checkout.reference}
        amount={money(checkout.amount)}
        status={checkout.status}
        statusNote={checkout.refundedAmount > 0 ? <span className="ml-2 text-slate-500">{t("stripe.refunded", { amount: money(checkout.refundedAmount) })}</span> : null}
        transactionId={checkout.paymentIntentId}
      />

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
            <SandboxChoiceButtons
              name="decision"
              choices={[
                { value: "pay", label: `${t("pay")} ${money(checkout.amount)}` },
                { value: "decline", label: t("fail") },
                { value: "expire", label: t("expire") },
              ]}
            />
          </form>
          <form action={cancelAction}>
            {hidden}
            <button type="submit" className={SECONDARY_BUTTON}>
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
            <SandboxCallbackResult provider="stripe" attempts={checkout.callbackAttempts} lastStatus={checkout.lastCallbackStatus} />
          </p>
          {checkout.lastEventType ? <p className="text-sm text-slate-500">{t("stripe.lastEvent", { type: checkout.lastEventType })}</p> : null}
          <form action={resendAction}>
            {hidden}
            <button type="submit" className={SECONDARY_BUTTON}>
              {t("resend")}
            </button>
          </form>
        </div>
      ) : null}

      {checkout.status !== "PENDING" && /^https?:\/\//i.test(checkout.returnUrl) ? <SandboxBackLink href={checkout.returnUrl} testId="stripe-back" /> : null}
    </SandboxFrame>
  );
}
