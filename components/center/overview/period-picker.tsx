import Link from "@/components/site/intent-link";
import { getTranslations } from "next-intl/server";
import type { OverviewPeriod } from "@/lib/centers/overview/overview-period";

type Props = { base: string; period: OverviewPeriod; requested: { from?: string; to?: string } };

const PRESETS = ["7", "30", "90"] as const;

/**
 * The period: links for the last 7, 30 and 90 days and a plain GET form for chosen dates, so it
 * works without client JavaScript (the page reads `range`, `from` and `to` from the URL).
 */
export async function PeriodPicker({ base, period, requested }: Props) {
  const t = await getTranslations("centerOverview.period");
  return (
    <div className="mt-4 flex flex-wrap items-end gap-4" data-testid="overview-period">
      <nav aria-label={t("label")} className="flex flex-wrap gap-2">
        {PRESETS.map((range) => (
          <Link
            key={range}
            href={`${base}?range=${range}`}
            aria-current={period.range === range ? "page" : undefined}
            className={
              period.range === range
                ? "rounded-full bg-brand-600 px-3 py-1 text-sm text-white"
                : "rounded-full bg-slate-100 px-3 py-1 text-sm text-slate-700 hover:bg-slate-200"
            }
          >
            {t(`last${range}`)}
          </Link>
        ))}
      </nav>
      <form method="get" action={base} aria-label={t("custom")} className="flex flex-wrap items-end gap-2">
        <input type="hidden" name="range" value="custom" />
        <label className="flex flex-col text-sm">
          {t("from")}
          <input type="date" name="from" defaultValue={requested.from ?? period.from} required className="mt-1 rounded-md border border-slate-300 px-2 py-1" />
        </label>
        <label className="flex flex-col text-sm">
          {t("to")}
          <input type="date" name="to" defaultValue={requested.to ?? period.to} required className="mt-1 rounded-md border border-slate-300 px-2 py-1" />
        </label>
        <button type="submit" className="rounded-md bg-brand-600 px-3 py-1.5 text-sm text-white">
          {t("show")}
        </button>
      </form>
    </div>
  );
}
