import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PolicyArticle } from "@/components/privacy/policy-article";
import { currentLocale } from "@/lib/i18n/current-locale";
import { getPolicyPageData } from "@/lib/privacy/policies/get-policies";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("privacy");
  return { title: t("chatbot") };
}

/** The Messenger chatbot privacy policy in force, any announced change and its history. */
export default async function ChatbotPolicyPage() {
  const locale = await currentLocale();
  const [t, data] = await Promise.all([getTranslations("privacy"), getPolicyPageData("CHATBOT", locale)]);
  return <PolicyArticle heading={t("chatbot")} policy={data.current} upcoming={data.upcoming} history={data.history} />;
}
