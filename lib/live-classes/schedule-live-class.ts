import "server-only";
import { courseScope, requirePermission, type CenterAccess } from "@/lib/access/center-scope";
import { logActivity } from "@/lib/audit/log-activity";
import { db } from "@/lib/db";
import { getZoomClient } from "@/lib/integrations/zoom/get-zoom-client";
import { ZOOM_TIMEZONE } from "@/lib/integrations/zoom/zoom-client";
import type { ClientInfo } from "@/lib/http/client-info";
import { AppError } from "@/lib/http/errors";
import { describeError, log } from "@/lib/log";
import { scheduleLiveClassInput, type ScheduleLiveClassInput } from "./live-class-input";
import { staffLiveClassSelect, toStaffLiveClassDto, type StaffLiveClassDto } from "./live-class-dto";
import { writeReminders } from "./live-class-reminders";
import { callZoom } from "./zoom-failure";

export { scheduleLiveClassInput, type ScheduleLiveClassInput };

/** A field error in the contract's shape, for rules zod cannot see (time, section of the course). */
export function fieldError(path: string, code: string, message: string): AppError {
  return new AppError("validation_failed", { details: [{ path: `body.${path}`, code, message }] });
}

/** The Zoom topic: the class title, else the course title. Course content only (policy S3). */
export function meetingTopic(liveClass: { titleEn?: string | null; titleMy?: string | null }, course: { titleEn: string | null; titleMy: string | null }) {
  return liveClass.titleEn ?? liveClass.titleMy ?? course.titleEn ?? course.titleMy ?? "MMSO live class";
}

/**
 * Schedules a Zoom class for a course the actor may reach (instructors: their courses only), with
 * its reminder outbox rows. The meeting is created before the transaction, so no database lock
 * waits on Zoom; a meeting whose row then fails to save is deleted again, best effort.
 */
export async function scheduleLiveClass(
  access: CenterAccess,
  input: ScheduleLiveClassInput,
  client?: ClientInfo,
  now = new Date(),
): Promise<StaffLiveClassDto> {
  requirePermission(access, "live_class.write");
  const data = scheduleLiveClassInput.parse(input);
  const course = await db.course.findFirst({
    where: { ...courseScope(access), id: data.courseId },
    select: { id: true, centerId: true, status: true, titleEn: true, titleMy: true },
  });
  if (!course) throw new AppError("not_found");
  if (course.status === "ARCHIVED") throw new AppError("conflict");
  if (data.startsAt <= now) throw fieldError("startsAt", "in_the_past", "The class must start in the future");
  if (data.sectionId) {
    const section = await db.section.findFirst({ where: { id: data.sectionId, courseId: course.id, centerId: course.centerId }, select: { id: true } });
    if (!section) throw fieldError("sectionId", "unknown_section", "No such section in this course");
  }
  const host =
    access.role === "INSTRUCTOR"
      ? await db.instructorProfile.findUnique({ where: { userId: access.userId }, select: { id: true } })
      : null;

  const zoom = getZoomClient();
  const meeting = await callZoom("createMeeting", () =>
    zoom.createMeeting({ topic: meetingTopic(data, course), startTime: data.startsAt, durationMinutes: data.durationMinutes, timezone: ZOOM_TIMEZONE }),
  );
  try {
    return await db.$transaction(async (tx) => {
      const created = await tx.liveClass.create({
        data: {
          centerId: course.centerId,
          courseId: course.id,
          sectionId: data.sectionId ?? null,
          hostInstructorId: host?.id ?? null,
          titleEn: data.titleEn ?? null,
          titleMy: data.titleMy ?? null,
          startsAt: data.startsAt,
          endsAt: new Date(data.startsAt.getTime() + data.durationMinutes * 60_000),
          status: "SCHEDULED",
          zoomMeetingId: meeting.meetingId,
          zoomJoinUrl: meeting.joinUrl,
          zoomStartUrl: meeting.startUrl,
          zoomPassword: meeting.password,
        },
        select: { ...staffLiveClassSelect, centerId: true },
      });
      const reminders = await writeReminders(tx, created, now);
      await logActivity(tx, {
        action: "live_class.scheduled",
        actorUserId: access.userId,
        centerId: course.centerId,
        targetType: "live_class",
        targetId: created.id,
        client,
        metadata: { courseId: course.id, durationMinutes: data.durationMinutes, reminders },
      });
      return toStaffLiveClassDto(created);
    });
  } catch (error) {
    await zoom.deleteMeeting(meeting.meetingId).catch((cleanup: unknown) => log.warn("zoom.orphan_meeting", { meetingId: meeting.meetingId, ...describeError(cleanup) }));
    throw error;
  }
}
