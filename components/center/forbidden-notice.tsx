import { getTranslations } from "next-intl/server";

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
