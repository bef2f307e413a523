import { getTranslations } from "next-intl/server";

/** The buyer as staff see them (policy S5): a name only, never a phone or an email. */
export async function BuyerName({ buyer }: { buyer: { name: string | null } | null }) {
  const t = await getTranslations("centerOrders.student");
  if (!buyer) return <span className="text-slate-500">{t("deleted")}</span>;
  return buyer.name ? <>{buyer.name}</> : <span className="text-slate-500">{t("noName")}</span>;
}
