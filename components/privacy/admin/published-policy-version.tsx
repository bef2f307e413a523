import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { formatCount } from "@/lib/i18n/format-money";
import { isLocale } from "@/lib/i18n/locales";
import { POLICY_DATE } from "../policy-date";

type Version = {
  titleEn: string | null;
  titleMy: string | null;
  bodyEn: string | null;
  bodyMy: string | null;
  changeSummaryEn: string | null;
  changeSummaryMy: string | null;
  effectiveAt: Date;
  material: boolean;
  _count: { acknowledgements: number };
};

/** A published version exactly as stored, both languages side by side (read-only: it is immutable). */
export async function PublishedPolicyVersion({ version }: { version: Version }) {
  const [t, tForm, format, rawLocale] = await Promise.all([getTranslations("policies.admin"), getTranslations("policies.admin.form"), getFormatter(), getLocale()]);
  const locale = isLocale(rawLocale) ? rawLocale : "my";
  const field = (label: string, value: string | null, lang: "en" | "my", pre = false) => (
    <div>
      <dt className="text-xs font-semibold text-slate-600">{label}</dt>
      <dd lang={lang} className={pre ? "mt-1 max-h-96 overflow-auto whitespace-pre-wrap rounded border border-slate-200 p-2 font-mono text-xs" : "mt-1"}>
        {value ?? "—"}
      </dd>
    </div>
  );
  return (
    <dl className="mt-4 grid gap-4 md:grid-cols-2" data-testid="published-policy-version">
      {field(tForm("titleEn"), version.titleEn, "en")}
      {field(tForm("titleMy"), version.titleMy, "my")}
      {field(tForm("changeSummaryEn"), version.changeSummaryEn, "en")}
      {field(tForm("changeSummaryMy"), version.changeSummaryMy, "my")}
      <div>
        <dt className="text-xs font-semibold text-slate-600">{tForm("effectiveAt")}</dt>
        <dd className="mt-1">{format.dateTime(version.effectiveAt, { ...POLICY_DATE, timeStyle: "short" })}</dd>
      </div>
      <div>
        <dt className="text-xs font-semibold text-slate-600">{t("columns.material")} · {t("columns.acknowledgements")}</dt>
        <dd className="mt-1">
          {version.material ? t("yes") : t("no")} · {formatCount(version._count.acknowledgements, locale)}
        </dd>
      </div>
      {field(tForm("bodyEn"), version.bodyEn, "en", true)}
      {field(tForm("bodyMy"), version.bodyMy, "my", true)}
    </dl>
  );
}
