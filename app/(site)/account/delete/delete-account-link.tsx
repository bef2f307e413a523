import Link from "@/components/site/intent-link";
import { getTranslations } from "next-intl/server";

/** The way into Delete My Account, at the bottom of the account page. */
export async function DeleteAccountLink() {
  const t = await getTranslations("deleteAccount");
  return (
    <p className="border-t border-slate-200 pt-6">
      <Link href="/account/delete" className="text-sm text-red-700 underline">{t("accountLink")}</Link>
    </p>
  );
}
