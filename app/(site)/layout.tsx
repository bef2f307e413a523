import { getTranslations } from "next-intl/server";
import { PageViewBeacon } from "@/components/analytics/page-view";
import { PolicyChangeBanner } from "@/components/privacy/policy-change-banner";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";

export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  const t = await getTranslations("nav");
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:p-2">
        {t("skipToContent")}
      </a>
      <SiteHeader />
      <PolicyChangeBanner />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
      <SiteFooter />
      <PageViewBeacon />
    </>
  );
}
