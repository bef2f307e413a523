import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { QrCode } from "@/components/commerce/qr-code";
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

const SECONDARY = "rounded-md border border-slate-300 px-4 py-2";

/**
 * The KBZPay sandbox: the "phone" that scans the MMQR and plays the payer in demo mode. Each
 * button settles the payment once and posts KBZPay's signed callback to our webhook over HTTP;
 * the page shows the webhook's HTTP status and body. No client JavaScript.
 */
export default async function KbzpaySandboxPage({ params, searchParams }: Props) {
  if (isProduction()) notFound();
  const [{ checkoutId }, query] = await Promise.all([params, searchParams]);
  const [t, locale, checkout] = await Promise.all([getTranslations("sandbox"), currentLocale(), getKbzSandboxCheckout(checkoutId)]);

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

  const amount = formatMoney({ amount: checkout.amount, currency: checkout.currency }, locale);
  const reply = typeof query.reply === "string" ? query.reply : null;
  const hidden = <input type="hidden" name="checkoutId" value={checkout.checkoutId} />;
  return (
    <div className="space-y-6">
      {banner}
      <h1 className="text-2xl font-bold">{t("title", { provider: "KBZPay" })}</h1>

      <figure className="flex flex-col items-center gap-2">
        <QrCode payload={checkout.qr} label={t("kbzpay.qrLabel", { amount, reference: checkout.reference })} />
        <figcaption className="text-center text-sm text-slate-600">{t("scanQr")}</figcaption>
      </figure>

      <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
        <dt className="text-slate-500">{t("merchant")}</dt>
        <dd>{checkout.merchantName}</dd>
        <dt className="text-slate-500">{t("reference")}</dt>
        <dd className="font-mono" data-testid="kbzpay-reference">
          {checkout.reference}
        </dd>
        <dt className="text-slate-500">{t("amount")}</dt>
        <dd className="text-lg font-semibold" data-testid="kbzpay-amount">
          {amount}
        </dd>
        <dt className="text-slate-500">{t("status")}</dt>
        <dd data-testid="kbzpay-status" data-status={checkout.status}>
          {t(`statuses.${checkout.status}`)}
        </dd>
        {checkout.transactionId ? (
          <>
            <dt className="text-slate-500">{t("kbzpay.transaction")}</dt>
            <dd className="font-mono">{checkout.transactionId}</dd>
          </>
        ) : null}
      </dl>

      {checkout.status === "PENDING" ? (
        <form action={kbzpaySandboxAction} className="space-y-2">
          {hidden}
          <h2 className="font-medium">{t("kbzpay.payerTitle")}</h2>
          <div className="flex flex-wrap gap-2">
            <button type="submit" name="action" value="pay" className="rounded-md bg-brand-600 px-4 py-2 text-white">
              {t("pay")}
            </button>
            <button type="submit" name="action" value="payMmqr" className={SECONDARY}>
              {t("kbzpay.payMmqr")}
            </button>
            <button type="submit" name="action" value="decline" className={SECONDARY}>
              {t("fail")}
            </button>
            <button type="submit" name="action" value="cancel" className={SECONDARY}>
              {t("cancel")}
            </button>
            <button type="submit" name="action" value="expire" className={SECONDARY}>
              {t("expire")}
            </button>
          </div>
        </form>
      ) : (
        <div className="space-y-3">
          <p>{t("alreadySettled", { status: t(`statuses.${checkout.status}`) })}</p>
          <form action={kbzpaySandboxAction}>
            {hidden}
            <button type="submit" name="action" value="resend" className={SECONDARY}>
              {t("resend")}
            </button>
          </form>
        </div>
      )}

      {checkout.callbackAttempts > 0 ? (
        <div role="status" className="space-y-2" data-testid="kbzpay-callback" data-http-status={checkout.lastCallbackStatus ?? ""}>
          <p>
            {checkout.lastCallbackStatus === null ? t("callbackFailed") : t("callbackSent", { status: String(checkout.lastCallbackStatus) })}{" "}
            <span className="text-slate-500">{t("kbzpay.callbackAttempts", { count: checkout.callbackAttempts })}</span>
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

      {checkout.returnUrl ? (
        <a href={checkout.returnUrl} className="inline-block text-brand-600 underline">
          {t("backToMerchant")}
        </a>
      ) : null}
    </div>
  );
}
