import { getFormatter, getTranslations } from "next-intl/server";
import type { CenterReconciliationStatus } from "@/lib/commerce/reconciliation/center-status";

/** The latest reconciliation as it concerns this center, on the finance page. */
export async function ReconciliationStatus({ status }: { status: CenterReconciliationStatus | null }) {
  const [t, format] = await Promise.all([getTranslations("centerFinance.reconciliation"), getFormatter()]);
  const at = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Yangon" });
  const times = status ? { finishedAt: at(status.finishedAt), windowStart: at(status.windowStart), windowEnd: at(status.windowEnd) } : null;
  return (
    <section aria-labelledby="reconciliation-heading" className="mt-6 rounded-md border border-slate-200 p-4 text-sm" data-testid="reconciliation-status">
      <h3 id="reconciliation-heading" className="font-semibold">
        {t("title")}
      </h3>
      {!status || !times ? (
        <p className="mt-1 text-slate-700">{t("none")}</p>
      ) : status.open === 0 && status.repaired === 0 ? (
        <p className="mt-1 text-slate-700">{t("clean", times)}</p>
      ) : (
        <div className="mt-1 space-y-1">
          <p className="text-slate-700">{t("last", times)}</p>
          {status.repaired > 0 ? <p className="text-slate-700">{t("repaired", { count: status.repaired })}</p> : null}
          {status.open > 0 ? <p className="text-amber-900">{t("open", { count: status.open })}</p> : null}
        </div>
      )}
    </section>
  );
}
