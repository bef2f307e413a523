import Link from "@/components/site/intent-link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ReconciliationRunSummary } from "@/lib/commerce/reconciliation/list-runs";
import { formatCount } from "@/lib/i18n/format-money";
import type { Locale } from "@/lib/i18n/locales";

const COLUMNS = ["checked", "matched", "missing_on_our_side", "missing_on_theirs", "amount_mismatch", "ledger_problems", "repaired"] as const;

/** The latest runs with their counts; a discrepancy count above zero stands out. */
export async function RunsTable({ runs, selectedId, locale }: { runs: ReconciliationRunSummary[]; selectedId: string | null; locale: Locale }) {
  const [t, format] = await Promise.all([getTranslations("reconciliation"), getFormatter()]);
  return (
    <section className="mt-6">
      <h2 className="text-lg font-semibold">{t("runsHeading")}</h2>
      <div className="mt-2 overflow-x-auto">
        <table className="w-full text-left text-sm" data-testid="reconciliation-runs">
          <thead className="border-b border-slate-200 text-slate-500">
            <tr>
              <th className="py-2 pr-3">{t("started")}</th>
              <th className="py-2 pr-3">{t("mode")}</th>
              {COLUMNS.map((name) => (
                <th key={name} className="py-2 pr-3 text-right">
                  {t(`counts.${name}`)}
                </th>
              ))}
              <th className="py-2" />
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {runs.map((run) => (
              <tr key={run.id} className={run.id === selectedId ? "bg-slate-50" : undefined}>
                <td className="py-2 pr-3 whitespace-nowrap">
                  <time dateTime={run.startedAt}>{format.dateTime(new Date(run.startedAt), { dateStyle: "medium", timeStyle: "short" })}</time>
                </td>
                <td className="py-2 pr-3">{t(`modes.${run.mode}`)}</td>
                {COLUMNS.map((name) => {
                  const value = run.counts[name];
                  const alarming = value > 0 && name !== "checked" && name !== "matched";
                  return (
                    <td key={name} className={`py-2 pr-3 text-right tabular-nums ${alarming ? "font-semibold text-red-700" : ""}`}>
                      {formatCount(value, locale)}
                    </td>
                  );
                })}
                <td className="py-2">
                  {run.id === selectedId ? (
                    <span className="text-slate-500">{t("shown")}</span>
                  ) : (
                    <Link href={`/admin/reconciliation?run=${run.id}`} className="text-brand-700 underline">
                      {t("showRun")}
                    </Link>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
