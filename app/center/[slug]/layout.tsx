import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { QueryProvider } from "@/components/providers/query-provider";
import { currentLocale } from "@/lib/i18n/current-locale";
import { dashboardClientMessages } from "@/lib/i18n/dashboard-client-messages";

/**
 * UI shell of the dashboard only: the TanStack Query client for interactive tables and the
 * dashboard's message namespaces for its client components. Never an authorization point — every
 * page authorizes in its own page.tsx (style: cal.com's rule).
 */
export default async function CenterLayout({ children }: { children: ReactNode }) {
  const locale = await currentLocale();
  return (
    <NextIntlClientProvider locale={locale} messages={dashboardClientMessages(locale)}>
      <QueryProvider>{children}</QueryProvider>
    </NextIntlClientProvider>
  );
}
