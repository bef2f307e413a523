import { getTranslations } from "next-intl/server";
import type { CenterAccess } from "@/lib/access/center-scope";
import type { Locale } from "@/lib/i18n/locales";
import { CenterHeader } from "./center-header";

/** Shown to a member whose role lacks the page's permission (they know the center exists). */
export async function ForbiddenNotice() {
  const t = await getTranslations("centerAdmin.forbidden");
  return (
    <section role="alert" className="mt-8 rounded-md bg-amber-50 p-4 text-amber-900">
      <h2 className="font-semibold">{t("title")}</h2>
      <p className="mt-1">{t("body")}</p>
    </section>
  );
}

/** The whole page for such a member: the center's header and the notice. */
export function CenterForbiddenPage({ access, locale, wide = false }: { access: CenterAccess; locale: Locale; wide?: boolean }) {
  return (
    <main className={`mx-auto ${wide ? "max-w-6xl" : "max-w-5xl"} px-4 py-8`}>
      <CenterHeader access={access} locale={locale} />
      <ForbiddenNotice />
    </main>
  );
}
