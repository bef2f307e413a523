import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PolicyArticle } from "@/components/privacy/policy-article";
import { currentLocale } from "@/lib/i18n/current-locale";
import { getCurrentPolicy } from "@/lib/privacy/get-current-policy";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("privacy");
  return { title: t("refund") };
}

/** The platform's refund policy (the floor every center's terms must meet), in the reader's language. */
export default async function RefundPolicyPage() {
  const locale = await currentLocale();
  const [t, policy] = await Promise.all([getTranslations("privacy"), getCurrentPolicy("REFUND", locale)]);
  return <PolicyArticle heading={t("refund")} policy={policy} />;
}
