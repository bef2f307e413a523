import Link from "@/components/site/intent-link";
import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/i18n/language-switch";
import { getWebActor } from "@/lib/auth/web-actor";

export async function SiteHeader() {
  const [t, tAuth, tFollowing, actor] = await Promise.all([getTranslations("nav"), getTranslations("navAuth"), getTranslations("following"), getWebActor()]);
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-lg font-bold tracking-tight text-brand-700">
          MMSO
        </Link>
        <nav aria-label={t("primary")} className="flex items-center gap-4 text-sm">
          <Link href="/courses" className="text-slate-700 hover:text-brand-700">
            {t("home")}
          </Link>
          <Link href="/privacy" className="text-slate-700 hover:text-brand-700">
            {t("privacy")}
          </Link>
          {actor ? (
            <>
              <Link href="/learn" className="text-slate-700 hover:text-brand-700">
                {tAuth("learning")}
              </Link>
              <Link href="/following" className="text-slate-700 hover:text-brand-700">
                {tFollowing("title")}
              </Link>
            </>
          ) : null}
          <Link href={actor ? "/account" : "/login"} className="font-medium text-brand-700 hover:underline">
            {actor ? tAuth("account") : tAuth("signIn")}
          </Link>
          <LanguageSwitch />
        </nav>
      </div>
    </header>
  );
}
