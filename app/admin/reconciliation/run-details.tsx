import { getFormatter, getTranslations } from "next-intl/server";
import { COUNT_NAMES } from "@/lib/commerce/reconciliation/types";
import type { ReconciliationRunDetail } from "@/lib/commerce/reconciliation/list-runs";
import { formatCount, formatMoney } from "@/lib/i18n/format-money";
import type { Locale } from "@/lib/i18n/locales";

/** One run: every count, then each discrepancy with both sides' state and amount, and what was done. */
export async function RunDetails({ run, locale }: { run: ReconciliationRunDetail; locale: Locale }) {
  const [t, format] = await Promise.all([getTranslations("reconciliation"), getFormatter()]);
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });
  const money = (amount: number | null, currency: string) => (amount === null ? t("none") : formatMoney({ amount, currency }, locale));
  return (
    <section className="mt-8" data-testid="reconciliation-details">
      <h2 className="text-lg font-semibold">{t("detailsHeading", { when: when(run.startedAt) })}</h2>
      <p className="mt-1 text-sm text-slate-600">
        {t("window")}: {t("windowRange", { start: when(run.windowStart), end: when(run.windowEnd) })} · {t("mode")}: {t(`modes.${run.mode}`)}
      </p>
      <dl className="mt-3 grid grid-cols-2 gap-x-6 gap-y-1 text-sm sm:grid-cols-4">
        {COUNT_NAMES.map((name) => (
          <div key={name} className="flex justify-between gap-2 border-b border-slate-100 py-1">
            <dt className="text-slate-500">{t(`counts.${name}`)}</dt>
            <dd className="tabular-nums">{formatCount(run.counts[name], locale)}</dd>
          </div>
        ))}
      </dl>
      {run.items.length === 0 ? (
        <p className="mt-4 text-slate-500">{t("noItems")}</p>
      ) : (
        <div className="mt-4 overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid="reconciliation-items">
            <thead className="border-b border-slate-200 text-slate-500">
              <tr>
                {(["kind", "reference", "order", "provider", "ours", "theirs", "transaction", "action"] as const).map((column) => (
                  <th key={column} className="py-2 pr-3">
                    {t(`columns.${column}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {run.items.map((item, index) => (
                <tr key={`${item.kind}:${item.reference}:${index}`}>
                  <td className="py-2 pr-3">{t(`kinds.${item.kind}`)}</td>
                  <td className="py-2 pr-3 font-mono text-xs">{item.reference}</td>
                  <td className="py-2 pr-3 font-mono text-xs">{item.orderId ?? t("none")}</td>
                  <td className="py-2 pr-3">{item.provider}</td>
                  <td className="py-2 pr-3 whitespace-nowrap">
                    {item.orderStatus ?? t("none")} · {money(item.orderAmount, item.currency)}
                  </td>
                  <td className="py-2 pr-3 whitespace-nowrap">
                    {item.providerStatus ?? t("none")} · {money(item.providerAmount, item.currency)}
                  </td>
                  <td className="py-2 pr-3 font-mono text-xs">{item.transactionId ?? t("none")}</td>
                  <td className="py-2">
                    {item.repair ? t(`repairs.${item.repair}`) : null}
                    {item.problems?.map((problem) => t(`problems.${problem}`)).join("; ")}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
