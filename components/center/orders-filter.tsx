import Link from "@/components/site/intent-link";
import { getTranslations } from "next-intl/server";
import { CENTER_ORDER_STATUSES, type CenterOrderStatus } from "@/lib/commerce/orders/list-center-orders";

type Props = { action: string; status?: CenterOrderStatus; reference?: string; invalidReference: boolean };

/** Status and reference filters: a plain GET form, so it works without client JavaScript. */
export async function OrdersFilter({ action, status, reference, invalidReference }: Props) {
  const [t, tStatus] = await Promise.all([getTranslations("centerOrders.list"), getTranslations("centerOrders.status")]);
  return (
    <form method="get" action={action} className="mt-6 flex flex-wrap items-end gap-3" role="search" data-testid="orders-filter">
      <label className="flex flex-col text-sm">
        {t("status")}
        <select name="status" defaultValue={status ?? ""} className="mt-1 rounded-md border border-slate-300 px-3 py-2">
          <option value="">{t("allStatuses")}</option>
          {CENTER_ORDER_STATUSES.map((value) => (
            <option key={value} value={value}>
              {tStatus(value)}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col text-sm">
        {t("reference")}
        <input
          name="reference"
          defaultValue={reference ?? ""}
          maxLength={40}
          autoComplete="off"
          placeholder={t("referencePlaceholder")}
          aria-invalid={invalidReference || undefined}
          className="mt-1 w-56 rounded-md border border-slate-300 px-3 py-2 font-mono"
        />
      </label>
      <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 text-white">
        {t("filter")}
      </button>
      {status || reference ? (
        <Link href={action} className="pb-2 text-sm text-brand-700 underline">
          {t("clear")}
        </Link>
      ) : null}
      {invalidReference ? (
        <p role="alert" className="w-full text-sm text-red-800">
          {t("invalidReference")}
        </p>
      ) : null}
    </form>
  );
}
