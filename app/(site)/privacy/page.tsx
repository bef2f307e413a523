import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PolicyArticle } from "@/components/privacy/policy-article";
import { currentLocale } from "@/lib/i18n/current-locale";
import { getCurrentPolicy } from "@/lib/privacy/get-current-policy";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("privacy");
  return { title: t("title") };
}

/** The whole privacy policy: student, center admin and Messenger chatbot, in the reader's language. */
export default async function PrivacyPage() {
  const locale = await currentLocale();
  const [t, student, centerAdmin, chatbot] = await Promise.all([
    getTranslations("privacy"),
    getCurrentPolicy("STUDENT", locale),
    getCurrentPolicy("CENTER_ADMIN", locale),
    getCurrentPolicy("CHATBOT", locale),
  ]);
  const sections = [
    { id: "student", heading: t("student"), policy: student },
    { id: "center-admin", heading: t("centerAdmin"), policy: centerAdmin },
    { id: "chatbot", heading: t("chatbot"), policy: chatbot },
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
        <PolicyArticle key={s.id} id={s.id} heading={s.heading} policy={s.policy} level={2} />
      ))}
    </div>
  );
}
