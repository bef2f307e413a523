import { getTranslations } from "next-intl/server";
import { REFUND_TERMS_FLOOR } from "@/lib/commerce/refunds/set-refund-policy";

const ERRORS = ["validation_failed", "forbidden", "unknown"] as const;

/** The outcome of publishing refund terms (`?notice=published` / `?error=`); unknown values show nothing. */
export async function RefundPolicyFlash({ notice, error }: { notice?: string; error?: string }) {
  const t = await getTranslations("centerOrders.policy");
  const errorKey = ERRORS.find((key) => key === error);
  if (errorKey) {
    return (
      <p role="alert" className="mt-4 rounded-md bg-red-50 p-3 text-red-900">
        {t(`error.${errorKey}`, { days: REFUND_TERMS_FLOOR.refundWindowDays, percent: REFUND_TERMS_FLOOR.maxProgressPercent })}
      </p>
    );
  }
  if (notice !== "published") return null;
  return (
    <p role="status" className="mt-4 rounded-md bg-emerald-50 p-3 text-emerald-900">
      {t("notice.published")}
    </p>
  );
}
