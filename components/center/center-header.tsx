import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/i18n/language-switch";
import type { CenterAccess } from "@/lib/access/center-scope";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";
import { CenterNav } from "./center-nav";

/** Center name, the visitor's role and the dashboard links, at the top of every dashboard page. */
export async function CenterHeader({ access, locale }: { access: CenterAccess; locale: Locale }) {
  const t = await getTranslations("centerAdmin");
  const name = localized(access.centerNameEn, access.centerNameMy, locale) || access.centerSlug;
  return (
    <header className="space-y-3">
      <div className="flex items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold">{t("dashboardTitle", { center: name })}</h1>
          <p className="mt-1 text-sm text-slate-600">{t("yourRole", { role: t(`role.${access.role}`) })}</p>
        </div>
        <LanguageSwitch />
      </div>
      <CenterNav access={access} />
    </header>
  );
}
