import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PolicyArticle } from "@/components/privacy/policy-article";
import { currentLocale } from "@/lib/i18n/current-locale";
import { getCurrentPolicy } from "@/lib/privacy/get-current-policy";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("privacy");
  return { title: t("chatbot") };
}

export default async function Page() {
  const locale = await currentLocale();
  const [t, policy] = await Promise.all([getTranslations("privacy"), getCurrentPolicy("CHATBOT", locale)]);
  return <PolicyArticle heading={t("chatbot")} policy={policy} />;
}
