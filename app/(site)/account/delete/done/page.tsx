import type { Metadata } from "next";
import Link from "@/components/site/intent-link";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("deleteAccount.done");
  return { title: t("title"), robots: { index: false } };
}

/** Shown after Delete My Account, signed out: what happened, and what stays (policy S6). */
export default async function AccountDeletedPage() {
  const t = await getTranslations("deleteAccount.done");
  return (
    <div role="status" className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>{t("body")}</p>
      <p>{t("kept")}</p>
      <Link href="/" className="text-brand-700 underline">{t("home")}</Link>
    </div>
  );
}
