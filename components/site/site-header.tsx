import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/i18n/language-switch";

export async function SiteHeader() {
  const t = await getTranslations("nav");
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-lg font-bold tracking-tight text-brand-700">
          MMSO
        </Link>
        <nav aria-label={t("primary")} className="flex items-center gap-4 text-sm">
          <Link href="/" className="text-slate-700 hover:text-brand-700">
            {t("home")}
          </Link>
          <Link href="/privacy" className="text-slate-700 hover:text-brand-700">
            {t("privacy")}
          </Link>
          <LanguageSwitch />
        </nav>
      </div>
    </header>
  );
}
