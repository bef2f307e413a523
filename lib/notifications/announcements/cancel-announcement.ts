import "server-only";
import { centerScope, requirePermission, type CenterAccess } from "@/lib/access/center-scope";
import { logActivity } from "@/lib/audit/log-activity";
import { db } from "@/lib/db";
import type { ClientInfo } from "@/lib/http/client-info";
import { AppError } from "@/lib/http/errors";
import { announcementIdInput, type AnnouncementIdInput } from "./announcement-schemas";

/**
 * Cancels a scheduled announcement (`notification.send`). The row is locked first, the lock the
 * due sender's claim takes too: once it is SENDING or SENT, cancelling is a 409 (`not_scheduled`).
 * Another center's announcement answers `not_found`, like a missing one.
 */
export async function cancelAnnouncement(access: CenterAccess, input: AnnouncementIdInput, client?: ClientInfo, now = new Date()): Promise<{ id: string }> {
  requirePermission(access, "notification.send");
  const { announcementId } = announcementIdInput.parse(input);
  const { centerId } = centerScope(access);
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string; status: string }[]>`
      SELECT id, status::text AS status FROM course_announcements
      WHERE id = ${announcementId}::uuid AND center_id = ${centerId}::uuid FOR UPDATE`;
    const row = rows[0];
    if (!row) throw new AppError("not_found");
    if (row.status !== "SCHEDULED") throw new AppError("conflict", { details: { reason: "not_scheduled", status: row.status } });
    await tx.courseAnnouncement.update({ where: { id: row.id }, data: { status: "CANCELLED", cancelledAt: now } });
    await logActivity(tx, { action: "announcement.cancelled", actorUserId: access.userId, centerId, targetType: "course_announcement", targetId: row.id, client });
    return { id: row.id };
  });
}
