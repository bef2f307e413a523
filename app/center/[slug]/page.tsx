import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/i18n/language-switch";
import { getCenterPublic } from "@/lib/centers/get-center-public";
import { currentLocale } from "@/lib/i18n/current-locale";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const center = await getCenterPublic(slug, await currentLocale());
  return { title: center?.name ?? slug, robots: { index: false } };
}

/**
 * Entry of a center's dashboard. Authorization happens here, in the page (never in a layout):
 * with no signed-in staff member of this center, it shows the sign-in explanation only.
 */
export default async function CenterDashboardPage({ params }: Props) {
  const { slug } = await params;
  const locale = await currentLocale();
  const [t, center] = await Promise.all([getTranslations("center"), getCenterPublic(slug, locale)]);
  if (!center) notFound();
  return (
    <main className="mx-auto max-w-3xl px-4 py-10">
      <div className="flex justify-end">
        <LanguageSwitch />
      </div>
      <h1 className="mt-6 text-2xl font-bold">{t("signInTitle", { center: center.name })}</h1>
      {center.status === "PENDING" ? <p className="mt-3 rounded-md bg-amber-50 p-3 text-amber-900">{t("pending")}</p> : null}
      {center.status === "SUSPENDED" ? <p className="mt-3 rounded-md bg-red-50 p-3 text-red-900">{t("suspended")}</p> : null}
      <p className="mt-4 text-slate-700">{t("signInBody")}</p>
      <p className="mt-2 text-sm text-slate-500">{t("publishedCourses", { count: center.publishedCourseCount })}</p>
    </main>
  );
}
