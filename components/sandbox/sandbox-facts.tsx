import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";

export type SandboxProvider = "stripe" | "dinger" | "kbzpay";

type Props = {
  /** Names the test ids (`<provider>-reference`, `-amount`, `-status`) and the transaction label. */
  provider: SandboxProvider;
  merchant: ReactNode;
  reference: string;
  /** The formatted amount. */
  amount: string;
  status: string;
  /** Shown after the status text (e.g. Stripe's refunded amount). */
  statusNote?: ReactNode;
  transactionId: string | null;
  /** Provider-specific `<dt>`/`<dd>` pairs between the merchant and the reference. */
  afterMerchant?: ReactNode;
  /** Provider-specific `<dt>`/`<dd>` pairs between the reference and the amount. */
  afterReference?: ReactNode;
};

/** The payment as the gateway shows it: merchant, reference, amount, status and transaction id. */
export async function SandboxFacts({ provider, merchant, reference, amount, status, statusNote, transactionId, afterMerchant, afterReference }: Props) {
  const t = await getTranslations("sandbox");
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
      <dt className="text-slate-500">{t("merchant")}</dt>
      <dd>{merchant}</dd>
      {afterMerchant}
      <dt className="text-slate-500">{t("reference")}</dt>
      <dd className="font-mono" data-testid={`${provider}-reference`}>
        {reference}
      </dd>
      {afterReference}
      <dt className="text-slate-500">{t("amount")}</dt>
      <dd className="text-lg font-semibold" data-testid={`${provider}-amount`}>
        {amount}
      </dd>
      <dt className="text-slate-500">{t("status")}</dt>
      <dd data-testid={`${provider}-status`} data-status={status}>
        {t(`statuses.${status}`)}
        {statusNote}
      </dd>
      {transactionId ? (
        <>
          <dt className="text-slate-500">{t(`${provider}.transaction`)}</dt>
          <dd className="font-mono">{transactionId}</dd>
        </>
      ) : null}
    </dl>
  );
}

/** One provider-specific line of {@link SandboxFacts}. */
export function SandboxFact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt className="text-slate-500">{label}</dt>
      <dd>{children}</dd>
    </>
  );
}
