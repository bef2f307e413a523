import "server-only";
import { z } from "zod";
import { centerScope, requirePermission, type CenterAccess } from "@/lib/access/center-scope";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { decodeCursor, pageQuery, toPage } from "@/lib/http/pagination";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";
import { channelCounts, type ChannelCounts } from "./announcement-counts";

export const listAnnouncementsInput = pageQuery.extend({ courseId: z.uuid().optional() });
export type ListAnnouncementsInput = z.input<typeof listAnnouncementsInput>;

export type AnnouncementItem = {
  id: string;
  course: { id: string; title: string };
  title: string;
  channels: ChannelCounts["channel"][];
  status: "SCHEDULED" | "SENDING" | "SENT" | "CANCELLED";
  scheduledFor: string | null;
  sentAt: string | null;
  cancelledAt: string | null;
  createdAt: string;
  /** Known once sent. */
  recipientCount: number | null;
  /** Per chosen channel, once sent; empty before. */
  counts: ChannelCounts[];
};

const select = {
  id: true,
  titleEn: true,
  titleMy: true,
  channels: true,
  status: true,
  scheduledFor: true,
  sentAt: true,
  cancelledAt: true,
  createdAt: true,
  recipientCount: true,
  course: { select: { id: true, titleEn: true, titleMy: true } },
} satisfies Prisma.CourseAnnouncementSelect;

/**
 * The center's announcements, newest first (`notification.read`: owners, admins, the operator),
 * with each chosen channel's queued / delivered / failed / skipped counts from the delivery log.
 */
export async function listAnnouncements(access: CenterAccess, input: ListAnnouncementsInput, locale: Locale): Promise<{ items: AnnouncementItem[]; nextCursor: string | null }> {
  requirePermission(access, "notification.read");
  const { cursor, limit, courseId } = listAnnouncementsInput.parse(input);
  const { centerId } = centerScope(access);
  const after = decodeCursor(cursor);
  const rows = await db.courseAnnouncement.findMany({
    where: {
      centerId,
      ...(courseId ? { courseId } : {}),
      ...(after && typeof after.key === "string"
        ? { OR: [{ createdAt: { lt: new Date(after.key) } }, { createdAt: new Date(after.key), id: { lt: after.id } }] }
        : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select,
  });
  const sentIds = rows.filter((row) => row.status === "SENT").map((row) => row.id);
  const grouped = sentIds.length
    ? await db.notificationDelivery.groupBy({ by: ["announcementId", "channel", "status"], where: { centerId, announcementId: { in: sentIds } }, _count: { _all: true } })
    : [];
  return toPage(
    rows,
    limit,
    (row) => ({ key: row.createdAt.toISOString(), id: row.id }),
    (row): AnnouncementItem => {
      const sent = row.status === "SENT";
      const mine = grouped.filter((g) => g.announcementId === row.id).map((g) => ({ channel: g.channel, status: g.status, count: g._count._all }));
      return {
        id: row.id,
        course: { id: row.course.id, title: localized(row.course.titleEn, row.course.titleMy, locale) },
        title: localized(row.titleEn, row.titleMy, locale),
        channels: row.channels,
        status: row.status,
        scheduledFor: row.scheduledFor?.toISOString() ?? null,
        sentAt: row.sentAt?.toISOString() ?? null,
        cancelledAt: row.cancelledAt?.toISOString() ?? null,
        createdAt: row.createdAt.toISOString(),
        recipientCount: sent ? row.recipientCount : null,
        counts: sent ? channelCounts(row.channels, row.recipientCount, mine) : [],
      };
    },
  );
}
