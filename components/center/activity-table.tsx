import { getFormatter, getTranslations } from "next-intl/server";
import type { ActivityItem } from "@/lib/audit/list-activity";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";
import { DataTable } from "./data-table";
import { Pager } from "./pager";

type Props = {
  items: ActivityItem[];
  locale: Locale;
  /** Link to the next (older) page, or null on the last page. */
  nextHref: string | null;
  /** Link back to the newest entries when this is not the first page. */
  firstHref: string | null;
  showCenter?: boolean;
};

/** Who did what, when, from which IP and device (policy C1): the center's or the platform's log. */
export async function ActivityTable({ items, locale, nextHref, firstHref, showCenter = false }: Props) {
  const [t, format] = await Promise.all([getTranslations("centerAdmin.activity"), getFormatter()]);
  const none = t("none");
  if (items.length === 0) return <p className="mt-6 text-slate-500">{t("empty")}</p>;
  return (
    <>
      <DataTable
        testId="activity-table"
        wrapperMargin="mt-6"
        head={
          <>
            <th className="py-2 pr-3">{t("when")}</th>
            <th className="py-2 pr-3">{t("who")}</th>
            <th className="py-2 pr-3">{t("what")}</th>
            <th className="py-2 pr-3">{t("target")}</th>
            {showCenter ? <th className="py-2 pr-3">{t("center")}</th> : null}
            <th className="py-2 pr-3">{t("ip")}</th>
            <th className="py-2">{t("device")}</th>
          </>
        }
      >
        {items.map((item) => (
          <tr key={item.id}>
            <td className="py-2 pr-3 whitespace-nowrap">
              <time dateTime={item.createdAt}>{format.dateTime(new Date(item.createdAt), { dateStyle: "medium", timeStyle: "medium" })}</time>
            </td>
            <td className="py-2 pr-3">{item.actor ? (item.actor.name ?? t("deletedUser")) : t("system")}</td>
            <td className="py-2 pr-3 font-mono">{item.action}</td>
            <td className="py-2 pr-3 font-mono text-xs">{item.targetType ? `${item.targetType} ${item.targetId ?? ""}` : none}</td>
            {showCenter ? (
              <td className="py-2 pr-3">{item.center ? localized(item.center.nameEn, item.center.nameMy, locale) || item.center.slug : none}</td>
            ) : null}
            <td className="py-2 pr-3 font-mono">
              {item.ip ?? none}
              {item.country ? ` (${item.country})` : ""}
            </td>
            <td className="py-2">{[item.deviceType, item.os, item.browser, item.appVersion].filter(Boolean).join(" · ") || none}</td>
          </tr>
        ))}
      </DataTable>
      <Pager firstHref={firstHref} nextHref={nextHref} firstLabel={t("firstPage")} nextLabel={t("nextPage")} />
    </>
  );
}
