import { getTranslations } from "next-intl/server";

/** Back to the merchant's return URL. */
export async function SandboxBackLink({ href, testId }: { href: string; testId?: string }) {
  const t = await getTranslations("sandbox");
  return (
    <a href={href} className="inline-block text-brand-600 underline" data-testid={testId}>
      {t("backToMerchant")}
    </a>
  );
}
