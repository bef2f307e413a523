import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SECONDARY_BUTTON } from "@/components/sandbox/button-styles";
import { SandboxChoiceButtons } from "@/components/sandbox/choice-buttons";
import { SandboxBackLink } from "@/components/sandbox/sandbox-back-link";
import { SandboxCallbackResult } from "@/components/sandbox/sandbox-callback";
import { SandboxFact, SandboxFacts } from "@/components/sandbox/sandbox-facts";
import { SandboxFrame, SandboxNotFound } from "@/components/sandbox/sandbox-frame";
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

  if (view.kind === "missing") return <SandboxNotFound />;
  if (view.kind === "invalid") {
    return (
      <SandboxFrame title={t("dinger.invalidTitle")}>
        <p role="alert" className="rounded-md bg-red-50 p-3 text-red-800" data-testid="dinger-invalid" data-reason={view.reason}>
          {t(`dinger.reasons.${view.reason}`)}
        </p>
      </SandboxFrame>
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
    <SandboxFrame title={t("title", { provider: "Dinger" })}>
      <SandboxFacts
        provider="dinger"
        merchant={`${view.merchantName} · ${view.projectName}`}
        reference={view.reference}
        afterReference={
          <>
            <SandboxFact label={t("dinger.customer")}>{view.customerName}</SandboxFact>
            <SandboxFact label={t("dinger.items")}>
              <ul>
                {view.items.map((item, index) => (
                  <li key={index}>
                    {item.name} × {item.quantity} — {money(item.amount * item.quantity)}
                  </li>
                ))}
              </ul>
            </SandboxFact>
          </>
        }
        amount={money(payment.amount)}
        status={payment.status}
        transactionId={payment.transactionId}
      />

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
            <SandboxChoiceButtons
              name="decision"
              choices={[
                { value: "pay", label: t("pay") },
                { value: "decline", label: t("fail") },
                { value: "cancel", label: t("cancel") },
                { value: "expire", label: t("expire") },
              ]}
            />
          </div>
        </form>
      ) : (
        <div className="space-y-3">
          <p>{t("alreadySettled", { status: t(`statuses.${payment.status}`) })}</p>
          <form action={resendAction}>
            {hidden}
            <button type="submit" className={SECONDARY_BUTTON}>
              {t("resend")}
            </button>
          </form>
        </div>
      )}

      {payment.callbackAttempts > 0 ? (
        <p role="status" data-testid="dinger-callback" data-http-status={payment.lastCallbackStatus ?? ""}>
          <SandboxCallbackResult provider="dinger" attempts={payment.callbackAttempts} lastStatus={payment.lastCallbackStatus} />
        </p>
      ) : null}

      {view.returnUrl ? <SandboxBackLink href={view.returnUrl} /> : null}
    </SandboxFrame>
  );
}
