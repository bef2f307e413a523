import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PolicyArticle } from "@/components/privacy/policy-article";
import { currentLocale } from "@/lib/i18n/current-locale";
import { getPolicyPageData } from "@/lib/privacy/policies/get-policies";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("privacy");
  return { title: t("refund") };
}

/** The platform's refund policy (the floor every center's terms must meet), with any announced change and its history. */
export default async function RefundPolicyPage() {
  const locale = await currentLocale();
  const [t, data] = await Promise.all([getTranslations("privacy"), getPolicyPageData("REFUND", locale)]);
  return <PolicyArticle heading={t("refund")} policy={data.current} upcoming={data.upcoming} history={data.history} />;
}
