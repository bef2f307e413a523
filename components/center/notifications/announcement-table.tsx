import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/center/data-table";
import type { AnnouncementItem } from "@/lib/notifications/announcements/list-announcements";
import { CancelAnnouncementButton } from "./cancel-announcement-button";

type Props = { items: AnnouncementItem[]; slug: string; centerId: string; canCancel: boolean };

const STATUS_LOOK = {
  SCHEDULED: "bg-sky-50 text-sky-900",
  SENDING: "bg-amber-50 text-amber-900",
  SENT: "bg-emerald-50 text-emerald-900",
  CANCELLED: "bg-slate-100 text-slate-700",
} as const;

/** The center's announcements: course, title, channels, status, time, recipients and per-channel outcomes. */
export async function AnnouncementTable({ items, slug, centerId, canCancel }: Props) {
  const [t, format] = await Promise.all([getTranslations("centerNotifications"), getFormatter()]);
  if (items.length === 0) return <p className="mt-6 text-sm text-slate-600">{t("list.empty")}</p>;
  const at = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Yangon" });
  const when = (item: AnnouncementItem) => {
    if (item.status === "CANCELLED" && item.cancelledAt) return t("list.cancelledAt", { time: at(item.cancelledAt) });
    if (item.sentAt) return t("list.sentAt", { time: at(item.sentAt) });
    if (item.scheduledFor) return t("list.scheduledFor", { time: at(item.scheduledFor) });
    return t("list.createdAt", { time: at(item.createdAt) });
  };
  return (
    <DataTable
      testId="announcement-table"
      wrapperMargin="mt-6"
      head={
        <>
          <th className="py-2 pr-4">{t("list.course")}</th>
          <th className="py-2 pr-4">{t("list.titleColumn")}</th>
          <th className="py-2 pr-4">{t("list.status")}</th>
          <th className="py-2 pr-4">{t("list.when")}</th>
          <th className="py-2 pr-4 text-right">{t("list.recipients")}</th>
          <th className="py-2 pr-4">{t("list.channels")}</th>
          <th className="py-2">
            <span className="sr-only">{t("list.actions")}</span>
          </th>
        </>
      }
    >
      {items.map((item) => (
        <tr key={item.id} className="align-top" data-testid="announcement-row">
          <td className="py-2 pr-4">{item.course.title}</td>
          <td className="py-2 pr-4 font-medium">{item.title}</td>
          <td className="py-2 pr-4">
            <span className={`rounded px-2 py-0.5 text-xs whitespace-nowrap ${STATUS_LOOK[item.status]}`}>{t(`status.${item.status}`)}</span>
          </td>
          <td className="py-2 pr-4 whitespace-nowrap">{when(item)}</td>
          <td className="py-2 pr-4 text-right tabular-nums">{item.recipientCount === null ? "—" : format.number(item.recipientCount)}</td>
          <td className="py-2 pr-4">
            <ul className="space-y-0.5">
              {item.channels.map((channel) => {
                const counts = item.counts.find((c) => c.channel === channel);
                return (
                  <li key={channel} className="whitespace-nowrap">
                    <span className="font-medium">{t(`channel.${channel}`)}</span>
                    {counts ? (
                      <span className="text-slate-600">
                        {" "}
                        {t("list.counts", { queued: counts.queued, delivered: counts.delivered, failed: counts.failed, skipped: counts.skipped })}
                      </span>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          </td>
          <td className="py-2">
            {canCancel && item.status === "SCHEDULED" ? <CancelAnnouncementButton slug={slug} centerId={centerId} announcementId={item.id} title={item.title} /> : null}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
