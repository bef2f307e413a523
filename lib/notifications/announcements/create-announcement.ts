import "server-only";
import { centerScope, courseScope, requirePermission, type CenterAccess } from "@/lib/access/center-scope";
import { logActivity } from "@/lib/audit/log-activity";
import { db } from "@/lib/db";
import type { ClientInfo } from "@/lib/http/client-info";
import { AppError } from "@/lib/http/errors";
import { describeError, log } from "@/lib/log";
import { createAnnouncementInput, type CreateAnnouncementInput } from "./announcement-schemas";
import { deliverAnnouncement } from "./deliver-announcement";
import { parseMyanmarLocal } from "./myanmar-time";

export type CreatedAnnouncement = {
  id: string;
  status: "SCHEDULED" | "SENDING" | "SENT";
  /** Set once sent: the students it went to. */
  recipientCount: number | null;
  scheduledFor: string | null;
};

/** How long "send now" fans out inside the request before leaving the rest to the job. */
const SEND_NOW_BUDGET_MS = 5_000;

/**
 * A center owner or admin (`notification.send`) writes to the students of one of the center's
 * courses, now or at a scheduled time. "Now" is stored as SENDING and fanned out at once (a
 * very large course partly, the job sending the rest); should the fan-out fail, the row stays SENDING and the due sender finishes it within a minute, so the
 * answer is SENDING rather than an error. A course of another center answers `not_found`.
 */
export async function createAnnouncement(access: CenterAccess, input: CreateAnnouncementInput, client?: ClientInfo, now = new Date()): Promise<CreatedAnnouncement> {
  requirePermission(access, "notification.send");
  const data = createAnnouncementInput.parse(input);
  const { centerId } = centerScope(access);
  const course = await db.course.findFirst({ where: { id: data.courseId, ...courseScope(access) }, select: { id: true } });
  if (!course) throw new AppError("not_found", { details: [{ path: "body.courseId", code: "not_found", message: "not_found" }] });

  const scheduledFor = data.when === "schedule" ? parseMyanmarLocal(data.scheduledFor) : null;
  const announcement = await db.$transaction(async (tx) => {
    const row = await tx.courseAnnouncement.create({
      data: {
        centerId,
        courseId: course.id,
        senderUserId: access.userId,
        titleEn: data.titleEn || null,
        bodyEn: data.bodyEn || null,
        titleMy: data.titleMy || null,
        bodyMy: data.bodyMy || null,
        channels: data.channels,
        status: scheduledFor ? "SCHEDULED" : "SENDING",
        scheduledFor,
      },
      select: { id: true },
    });
    await logActivity(tx, {
      action: scheduledFor ? "announcement.scheduled" : "announcement.sent",
      actorUserId: access.userId,
      centerId,
      targetType: "course_announcement",
      targetId: row.id,
      client,
      metadata: { courseId: course.id, channels: data.channels.join(",") },
    });
    return row;
  });

  if (scheduledFor) return { id: announcement.id, status: "SCHEDULED", recipientCount: null, scheduledFor: scheduledFor.toISOString() };
  try {
    // A few seconds of batches in the request (a typical course is one batch); a larger course
    // goes on in the every-minute job, and the composer shows it as being sent.
    const recipients = await deliverAnnouncement(announcement.id, now, { budgetMs: SEND_NOW_BUDGET_MS });
    if (recipients !== null) return { id: announcement.id, status: "SENT", recipientCount: recipients, scheduledFor: null };
  } catch (error) {
    log.error("announcement.fan_out_failed", { announcementId: announcement.id, ...describeError(error) });
    return { id: announcement.id, status: "SENDING", recipientCount: null, scheduledFor: null };
  }
  // A due-sender run took it first and has sent it by now.
  const sent = await db.courseAnnouncement.findUniqueOrThrow({ where: { id: announcement.id }, select: { status: true, recipientCount: true } });
  return { id: announcement.id, status: sent.status === "SENT" ? "SENT" : "SENDING", recipientCount: sent.status === "SENT" ? sent.recipientCount : null, scheduledFor: null };
}
