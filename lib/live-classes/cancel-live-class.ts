import "server-only";
import type { CenterAccess } from "@/lib/access/center-scope";
import { logActivity } from "@/lib/audit/log-activity";
import { db } from "@/lib/db";
import type { ClientInfo } from "@/lib/http/client-info";
import { AppError } from "@/lib/http/errors";
import { enqueueOutbox } from "@/lib/outbox/enqueue";
import { staffLiveClassSelect, toStaffLiveClassDto, type StaffLiveClassDto } from "./live-class-dto";
import { dropPendingReminders } from "./live-class-reminders";
import { findStaffLiveClassOrThrow } from "./find-staff-live-class";

/**
 * Cancels a scheduled class: closes joining at once, drops its pending reminders, and queues the
 * Zoom meeting's deletion and the students' cancellation notice in the outbox (flow 4), all in one
 * transaction. A class that is live or over cannot be cancelled (409).
 */
export async function cancelLiveClass(access: CenterAccess, liveClassId: string, client?: ClientInfo): Promise<StaffLiveClassDto> {
  return db.$transaction(async (tx) => {
    const current = await findStaffLiveClassOrThrow(tx, access, liveClassId);
    if (current.status !== "SCHEDULED") throw new AppError("conflict");
    // Guarded update: a concurrent cancel or meeting.started makes this one a 409, not a double cancel.
    const { count } = await tx.liveClass.updateMany({ where: { id: current.id, status: "SCHEDULED" }, data: { status: "CANCELLED", cancelledAt: new Date() } });
    if (count === 0) throw new AppError("conflict");
    await dropPendingReminders(tx, current.id);
    if (current.zoomMeetingId) {
      await enqueueOutbox(tx, {
        kind: "zoom.delete_meeting",
        payload: { liveClassId: current.id, meetingId: current.zoomMeetingId },
        idempotencyKey: `zoom.delete_meeting:${current.zoomMeetingId}`,
      });
    }
    await enqueueOutbox(tx, {
      kind: "live_class.cancelled",
      payload: { liveClassId: current.id, centerId: current.centerId, courseId: current.courseId },
      idempotencyKey: `live_class.cancelled:${current.id}`,
    });
    await logActivity(tx, {
      action: "live_class.cancelled",
      actorUserId: access.userId,
      centerId: current.centerId,
      targetType: "live_class",
      targetId: current.id,
      client,
    });
    const row = await tx.liveClass.findUniqueOrThrow({ where: { id: current.id }, select: staffLiveClassSelect });
    return toStaffLiveClassDto(row);
  });
}
