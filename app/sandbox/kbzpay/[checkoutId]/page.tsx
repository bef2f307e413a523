import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { QrCode } from "@/components/commerce/qr-code";
import { SECONDARY_BUTTON } from "@/components/sandbox/button-styles";
import { SandboxChoiceButtons } from "@/components/sandbox/choice-buttons";
import { SandboxBackLink } from "@/components/sandbox/sandbox-back-link";
import { SandboxCallbackResult } from "@/components/sandbox/sandbox-callback";
import { SandboxFacts } from "@/components/sandbox/sandbox-facts";
import { SandboxFrame, SandboxNotFound } from "@/components/sandbox/sandbox-frame";
import { getKbzSandboxCheckout } from "@/lib/commerce/providers/kbzpay/sandbox-checkout";
import { isProduction } from "@/lib/env";
import { currentLocale } from "@/lib/i18n/current-locale";
import { formatMoney } from "@/lib/i18n/format-money";
import { kbzpaySandboxAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ checkoutId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/**
 * The KBZPay sandbox: the "phone" that scans the MMQR and plays the payer in demo mode. Each
 * button settles the payment once and posts KBZPay's signed callback to our webhook over HTTP;
 * the page shows the webhook's HTTP status and body. No client JavaScript.
 */
export default async function KbzpaySandboxPage({ params, searchParams }: Props) {
  if (isProduction()) notFound();
  const [{ checkoutId }, query] = await Promise.all([params, searchParams]);
  const [t, locale, checkout] = await Promise.all([getTranslations("sandbox"), currentLocale(), getKbzSandboxCheckout(checkoutId)]);

  if (!checkout) return <SandboxNotFound />;

  const amount = formatMoney({ amount: checkout.amount, currency: checkout.currency }, locale);
  const reply = typeof query.reply === "string" ? query.reply : null;
  const hidden = <input type="hidden" name="checkoutId" value={checkout.checkoutId} />;
  return (
    <SandboxFrame title={t("title", { provider: "KBZPay" })}>

      <figure className="flex flex-col items-center gap-2">
        <QrCode payload={checkout.qr} label={t("kbzpay.qrLabel", { amount, reference: checkout.reference })} />
        <figcaption className="text-center text-sm text-slate-600">{t("scanQr")}</figcaption>
      </figure>

      <SandboxFacts
        provider="kbzpay"
        merchant={checkout.merchantName}
        reference={checkout.reference}
        amount={amount}
        status={checkout.status}
        transactionId={checkout.transactionId}
      />

      {checkout.status === "PENDING" ? (
        <form action={kbzpaySandboxAction} className="space-y-2">
          {hidden}
          <h2 className="font-medium">{t("kbzpay.payerTitle")}</h2>
          <div className="flex flex-wrap gap-2">
            <SandboxChoiceButtons
              name="action"
              choices={[
                { value: "pay", label: t("pay") },
                { value: "payMmqr", label: t("kbzpay.payMmqr") },
                { value: "decline", label: t("fail") },
                { value: "cancel", label: t("cancel") },
                { value: "expire", label: t("expire") },
              ]}
            />
          </div>
        </form>
      ) : (
        <div className="space-y-3">
          <p>{t("alreadySettled", { status: t(`statuses.${checkout.status}`) })}</p>
          <form action={kbzpaySandboxAction}>
            {hidden}
            <button type="submit" name="action" value="resend" className={SECONDARY_BUTTON}>
              {t("resend")}
            </button>
          </form>
        </div>
      )}

      {checkout.callbackAttempts > 0 ? (
        <div role="status" className="space-y-2" data-testid="kbzpay-callback" data-http-status={checkout.lastCallbackStatus ?? ""}>
          <p>
            <SandboxCallbackResult provider="kbzpay" attempts={checkout.callbackAttempts} lastStatus={checkout.lastCallbackStatus} />
          </p>
          {reply !== null && checkout.lastCallbackStatus !== null ? (
            <>
              <p>{t("kbzpay.replyBody")}</p>
              <pre className="overflow-x-auto rounded-md bg-slate-100 p-3 text-sm" data-testid="kbzpay-reply">
                {reply}
              </pre>
              {reply !== "success" ? <p className="text-red-800">{t("kbzpay.replyNotSuccess")}</p> : null}
            </>
          ) : null}
        </div>
      ) : null}

      {checkout.returnUrl ? <SandboxBackLink href={checkout.returnUrl} /> : null}
    </SandboxFrame>
  );
}
