import type { Metadata } from "next";
import Link from "@/components/site/intent-link";
import { getTranslations } from "next-intl/server";
import { PolicyArticle } from "@/components/privacy/policy-article";
import { RetentionPeriods } from "@/components/privacy/retention-periods";
import { currentLocale } from "@/lib/i18n/current-locale";
import { getPolicyPageData } from "@/lib/privacy/policies/get-policies";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("privacy");
  return { title: t("title") };
}

/**
 * The whole privacy policy: student, center admin and Messenger chatbot, each the version in force
 * with any announced change and its history, in the reader's language. The retention table follows
 * the student policy, whose section 7 is about retention.
 */
export default async function PrivacyPage() {
  const locale = await currentLocale();
  const [t, tc, student, centerAdmin, chatbot] = await Promise.all([
    getTranslations("privacy"),
    getTranslations("platformAdmin.reportChild"),
    getPolicyPageData("STUDENT", locale),
    getPolicyPageData("CENTER_ADMIN", locale),
    getPolicyPageData("CHATBOT", locale),
  ]);
  const sections = [
    { id: "student", heading: t("student"), data: student },
    { id: "center-admin", heading: t("centerAdmin"), data: centerAdmin },
    { id: "chatbot", heading: t("chatbot"), data: chatbot },
  ];
  return (
    <div className="space-y-12">
      <header>
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="mt-3 max-w-3xl text-slate-700">{t("intro")}</p>
        <nav aria-label={t("contents")} className="mt-4">
          <ul className="flex flex-wrap gap-3 text-sm">
            {sections.map((s) => (
              <li key={s.id}>
                <a href={`#${s.id}`} className="text-brand-700 underline">
                  {s.heading}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      {sections.map((s) => (
        <PolicyArticle key={s.id} id={s.id} heading={s.heading} policy={s.data.current} upcoming={s.data.upcoming} history={s.data.history} level={2}>
          {s.id === "student" ? (
            <>
              <RetentionPeriods />
              <p className="mt-6">
                <Link href="/privacy/report-child" className="text-brand-700 underline">
                  {tc("title")}
                </Link>
              </p>
            </>
          ) : null}
        </PolicyArticle>
      ))}
    </div>
  );
}
