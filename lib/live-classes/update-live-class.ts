import "server-only";
import type { CenterAccess } from "@/lib/access/center-scope";
import { logActivity } from "@/lib/audit/log-activity";
import { db } from "@/lib/db";
import { getZoomClient } from "@/lib/integrations/zoom/get-zoom-client";
import type { ClientInfo } from "@/lib/http/client-info";
import { AppError } from "@/lib/http/errors";
import { staffLiveClassSelect, toStaffLiveClassDto, type StaffLiveClassDto } from "./live-class-dto";
import { dropPendingReminders, writeReminders } from "./live-class-reminders";
import { findStaffLiveClassOrThrow } from "./find-staff-live-class";
import { updateLiveClassInput, type UpdateLiveClassInput } from "./live-class-input";
import { fieldError, meetingTopic } from "./schedule-live-class";
import { callZoom } from "./zoom-failure";

export { updateLiveClassInput, type UpdateLiveClassInput };

/**
 * Changes a scheduled class's title, section, time or length. A new time or title is sent to Zoom
 * first (a failure changes nothing here); a new time replaces the pending reminders.
 */
export async function updateLiveClass(
  access: CenterAccess,
  liveClassId: string,
  input: UpdateLiveClassInput,
  client?: ClientInfo,
  now = new Date(),
): Promise<StaffLiveClassDto> {
  const data = updateLiveClassInput.parse(input);
  const current = await findStaffLiveClassOrThrow(db, access, liveClassId);
  if (current.status !== "SCHEDULED") throw new AppError("conflict");
  if (data.startsAt && data.startsAt <= now) throw fieldError("startsAt", "in_the_past", "The class must start in the future");
  if (data.sectionId) {
    const section = await db.section.findFirst({ where: { id: data.sectionId, courseId: current.courseId, centerId: current.centerId }, select: { id: true } });
    if (!section) throw fieldError("sectionId", "unknown_section", "No such section in this course");
  }
  const startsAt = data.startsAt ?? current.startsAt;
  const durationMinutes = data.durationMinutes ?? Math.round((current.endsAt.getTime() - current.startsAt.getTime()) / 60_000);
  const endsAt = new Date(startsAt.getTime() + durationMinutes * 60_000);
  const titles = { titleEn: data.titleEn === undefined ? current.titleEn : data.titleEn, titleMy: data.titleMy === undefined ? current.titleMy : data.titleMy };
  const timeChanged = startsAt.getTime() !== current.startsAt.getTime() || endsAt.getTime() !== current.endsAt.getTime();
  const topicChanged = meetingTopic(titles, current.course) !== meetingTopic(current, current.course);

  if (current.zoomMeetingId && (timeChanged || topicChanged)) {
    const meetingId = current.zoomMeetingId;
    await callZoom("updateMeeting", () =>
      getZoomClient().updateMeeting(meetingId, {
        ...(topicChanged ? { topic: meetingTopic(titles, current.course) } : {}),
        ...(timeChanged ? { startTime: startsAt, durationMinutes } : {}),
      }),
    );
  }
  return db.$transaction(async (tx) => {
    const updated = await tx.liveClass.update({
      where: { id: current.id },
      data: { ...titles, startsAt, endsAt, ...(data.sectionId === undefined ? {} : { sectionId: data.sectionId }) },
      select: { ...staffLiveClassSelect, centerId: true },
    });
    if (startsAt.getTime() !== current.startsAt.getTime()) {
      await dropPendingReminders(tx, current.id);
      await writeReminders(tx, updated, now);
    }
    await logActivity(tx, {
      action: "live_class.updated",
      actorUserId: access.userId,
      centerId: current.centerId,
      targetType: "live_class",
      targetId: current.id,
      client,
      metadata: { timeChanged, topicChanged },
    });
    return toStaffLiveClassDto(updated);
  });
}
