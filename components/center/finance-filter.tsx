import { getTranslations } from "next-intl/server";
import { FINANCE_GROUPS, type FinanceGroup } from "@/lib/commerce/reports/finance-sql";

type Props = { action: string; from: string; to: string; group: FinanceGroup };

/** The period picker: a plain GET form (from, to, group), so it works without client JavaScript. */
export async function FinanceFilter({ action, from, to, group }: Props) {
  const t = await getTranslations("centerFinance.filter");
  return (
    <form method="get" action={action} aria-label={t("label")} className="mt-6 flex flex-wrap items-end gap-3" data-testid="finance-filter">
      <label className="flex flex-col text-sm">
        {t("from")}
        <input type="date" name="from" defaultValue={from} required className="mt-1 rounded-md border border-slate-300 px-3 py-2" />
      </label>
      <label className="flex flex-col text-sm">
        {t("to")}
        <input type="date" name="to" defaultValue={to} required className="mt-1 rounded-md border border-slate-300 px-3 py-2" />
      </label>
      <label className="flex flex-col text-sm">
        {t("group")}
        <select name="group" defaultValue={group} className="mt-1 rounded-md border border-slate-300 px-3 py-2">
          {FINANCE_GROUPS.map((value) => (
            <option key={value} value={value}>
              {t(`groups.${value}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 text-white">
        {t("show")}
      </button>
    </form>
  );
}
