import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DINGER_SANDBOX_METHODS, loadDingerSandboxCheckout } from "@/lib/commerce/providers/dinger/sandbox-gateway";
import { isProduction } from "@/lib/env";
import { currentLocale } from "@/lib/i18n/current-locale";
import { formatMoney } from "@/lib/i18n/format-money";
import { resendAction, settleAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ checkoutId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

/**
 * The Dinger sandbox: plays Dinger's hosted form in demo mode. The server decrypts and checks the
 * payload exactly as Dinger would, then the tester decides what happens; no client JavaScript.
 */
export default async function DingerSandboxPage({ params, searchParams }: Props) {
  if (isProduction()) notFound();
  const [{ checkoutId }, query] = await Promise.all([params, searchParams]);
  const request = { checkoutId, payload: first(query.payload), hashValue: first(query.hashValue) };
  const [t, locale, view] = await Promise.all([getTranslations("sandbox"), currentLocale(), loadDingerSandboxCheckout(request)]);

  const banner = (
    <p role="note" className="rounded-md bg-amber-100 px-4 py-2 text-sm text-amber-900">
      {t("banner")}
    </p>
  );
  if (view.kind === "missing") {
    return (
      <div className="space-y-6">
        {banner}
        <p>{t("notFound")}</p>
      </div>
    );
  }
  if (view.kind === "invalid") {
    return (
      <div className="space-y-6">
        {banner}
        <h1 className="text-2xl font-bold">{t("dinger.invalidTitle")}</h1>
        <p role="alert" className="rounded-md bg-red-50 p-3 text-red-800" data-testid="dinger-invalid" data-reason={view.reason}>
          {t(`dinger.reasons.${view.reason}`)}
        </p>
      </div>
    );
  }

  const { payment } = view;
  const hidden = (
    <>
      <input type="hidden" name="checkoutId" value={checkoutId} />
      <input type="hidden" name="payload" value={request.payload} />
      <input type="hidden" name="hashValue" value={request.hashValue} />
    </>
  );
  const money = (amount: number) => formatMoney({ amount, currency: payment.currency }, locale);
  return (
    <div className="space-y-6">
      {banner}
      <h1 className="text-2xl font-bold">{t("title", { provider: "Dinger" })}</h1>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
        <dt className="text-slate-500">{t("merchant")}</dt>
        <dd>
          {view.merchantName} · {view.projectName}
        </dd>
        <dt className="text-slate-500">{t("reference")}</dt>
        <dd className="font-mono" data-testid="dinger-reference">
          {view.reference}
        </dd>
        <dt className="text-slate-500">{t("dinger.customer")}</dt>
        <dd>{view.customerName}</dd>
        <dt className="text-slate-500">{t("dinger.items")}</dt>
        <dd>
          <ul>
            {view.items.map((item, index) => (
              <li key={index}>
                {item.name} × {item.quantity} — {money(item.amount * item.quantity)}
              </li>
            ))}
          </ul>
        </dd>
        <dt className="text-slate-500">{t("amount")}</dt>
        <dd className="text-lg font-semibold" data-testid="dinger-amount">
          {money(payment.amount)}
        </dd>
        <dt className="text-slate-500">{t("status")}</dt>
        <dd data-testid="dinger-status" data-status={payment.status}>
          {t(`statuses.${payment.status}`)}
        </dd>
        {payment.transactionId ? (
          <>
            <dt className="text-slate-500">{t("dinger.transaction")}</dt>
            <dd className="font-mono">{payment.transactionId}</dd>
          </>
        ) : null}
      </dl>

      {payment.status === "PENDING" ? (
        <form action={settleAction} className="space-y-4">
          {hidden}
          <fieldset className="space-y-2">
            <legend className="font-medium">{t("dinger.method")}</legend>
            {DINGER_SANDBOX_METHODS.map((method, index) => (
              <label key={method.id} className="flex items-center gap-2">
                <input type="radio" name="method" value={method.id} defaultChecked={index === 0} />
                {method.providerName}
              </label>
            ))}
          </fieldset>
          <div className="flex flex-wrap gap-2">
            <button type="submit" name="decision" value="pay" className="rounded-md bg-brand-600 px-4 py-2 text-white">
              {t("pay")}
            </button>
            <button type="submit" name="decision" value="decline" className="rounded-md border border-slate-300 px-4 py-2">
              {t("fail")}
            </button>
            <button type="submit" name="decision" value="cancel" className="rounded-md border border-slate-300 px-4 py-2">
              {t("cancel")}
            </button>
            <button type="submit" name="decision" value="expire" className="rounded-md border border-slate-300 px-4 py-2">
              {t("expire")}
            </button>
          </div>
        </form>
      ) : (
        <div className="space-y-3">
          <p>{t("alreadySettled", { status: t(`statuses.${payment.status}`) })}</p>
          <form action={resendAction}>
            {hidden}
            <button type="submit" className="rounded-md border border-slate-300 px-4 py-2">
              {t("resend")}
            </button>
          </form>
        </div>
      )}

      {payment.callbackAttempts > 0 ? (
        <p role="status" data-testid="dinger-callback" data-http-status={payment.lastCallbackStatus ?? ""}>
          {payment.lastCallbackStatus === null ? t("callbackFailed") : t("callbackSent", { status: String(payment.lastCallbackStatus) })}{" "}
          <span className="text-slate-500">{t("dinger.callbackAttempts", { count: payment.callbackAttempts })}</span>
        </p>
      ) : null}

      {view.returnUrl ? (
        <a href={view.returnUrl} className="inline-block text-brand-600 underline">
          {t("backToMerchant")}
        </a>
      ) : null}
    </div>
  );
}
