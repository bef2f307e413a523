import { getLocale, getTranslations } from "next-intl/server";
import { setLocale } from "@/app/actions/locale";
import { LOCALES } from "@/lib/i18n/locales";

/** Two buttons in a form: works without JavaScript, remembered in a cookie. */
export async function LanguageSwitch() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("language")]);
  return (
    <form action={setLocale} aria-label={t("switchTo")} className="flex items-center gap-1 text-sm">
      {LOCALES.map((option) => (
        <button
          key={option}
          type="submit"
          name="locale"
          value={option}
          lang={option}
          aria-pressed={option === locale}
          className={
            option === locale
              ? "rounded-md bg-brand-600 px-2.5 py-1 font-medium text-white"
              : "rounded-md px-2.5 py-1 text-slate-700 hover:bg-slate-100"
          }
        >
          {t(option)}
        </button>
      ))}
    </form>
  );
}
