import { getLocale, getTranslations } from "next-intl/server";
import { formatCount } from "@/lib/i18n/format-money";
import { isLocale } from "@/lib/i18n/locales";
import { publishedRetentionPeriods, retentionDays } from "@/lib/retention/retention-days";

/**
 * The retention table of the privacy page (policy S7, C5, M4): every category with the period the
 * retention job applies, read from the same configuration (env overrides included), so the page
 * cannot promise a period the job does not keep.
 */
export async function RetentionPeriods() {
  const [t, rawLocale] = await Promise.all([getTranslations("retention"), getLocale()]);
  const locale = isLocale(rawLocale) ? rawLocale : "my";
  const days = retentionDays();
  const period = (count: number) => t("days", { count, days: formatCount(count, locale) });
  return (
    <section aria-labelledby="retention-periods" className="mt-8 max-w-3xl" data-testid="retention-periods">
      <h2 id="retention-periods" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <p className="mt-2 text-slate-700">{t("intro")}</p>
      <table className="mt-4 w-full border-collapse text-left text-sm">
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-2 pr-4 font-semibold">
              {t("columns.data")}
            </th>
            <th scope="col" className="py-2 font-semibold">
              {t("columns.kept")}
            </th>
          </tr>
        </thead>
        <tbody>
          <tr className="border-b border-slate-200" data-period="ACCOUNT">
            <td className="py-2 pr-4">{t("rows.ACCOUNT.label")}</td>
            <td className="py-2">{t("rows.ACCOUNT.kept")}</td>
          </tr>
          {publishedRetentionPeriods().map((name) => (
            <tr key={name} className="border-b border-slate-200" data-period={name} data-days={days[name]}>
              <td className="py-2 pr-4">{t(`rows.${name}.label`)}</td>
              <td className="py-2">{t(`rows.${name}.kept`, { period: period(days[name]) })}</td>
            </tr>
          ))}
          <tr className="border-b border-slate-200" data-period="PAYMENTS">
            <td className="py-2 pr-4">{t("rows.PAYMENTS.label")}</td>
            <td className="py-2">{t("rows.PAYMENTS.kept")}</td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}
