import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PolicyArticle } from "@/components/privacy/policy-article";
import { currentLocale } from "@/lib/i18n/current-locale";
import { getPolicyPageData } from "@/lib/privacy/policies/get-policies";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("privacy");
  return { title: t("centerAdmin") };
}

/** The center admin privacy policy in force, any announced change and its history. */
export default async function CenterAdminPolicyPage() {
  const locale = await currentLocale();
  const [t, data] = await Promise.all([getTranslations("privacy"), getPolicyPageData("CENTER_ADMIN", locale)]);
  return <PolicyArticle heading={t("centerAdmin")} policy={data.current} upcoming={data.upcoming} history={data.history} />;
}
