import "server-only";
import { courseScope, requirePermission, type CenterAccess } from "@/lib/access/center-scope";
import { db } from "@/lib/db";
import { AppError } from "@/lib/http/errors";
import { activeEnrollmentWhere } from "@/lib/learning/require-enrollment";
import { resolveChannels } from "../effective-channels";
import { ANNOUNCEMENT_CHANNELS, recipientPreviewInput, type AnnouncementChannel } from "./announcement-schemas";
import { FAN_OUT_BATCH } from "./fan-out";

export type RecipientPreview = {
  /** Students of the course who would receive it if it were sent now. */
  recipients: number;
  /** How many of them each channel would reach now, as their preferences allow (policy S2). */
  reachable: Record<AnnouncementChannel, number>;
};

/**
 * The composer's preview (`notification.send`): who an announcement to this course would reach
 * now. Counts only: no student is named. A scheduled one is counted again when it goes out.
 */
export async function previewRecipients(access: CenterAccess, input: { courseId: string }, now = new Date()): Promise<RecipientPreview> {
  requirePermission(access, "notification.send");
  const { courseId } = recipientPreviewInput.parse(input);
  const course = await db.course.findFirst({ where: { id: courseId, ...courseScope(access) }, select: { id: true, centerId: true } });
  if (!course) throw new AppError("not_found");

  const reachable: Record<AnnouncementChannel, number> = { IN_APP: 0, PUSH: 0, TELEGRAM: 0 };
  let recipients = 0;
  let after: string | undefined;
  for (;;) {
    const students = await db.enrollment.findMany({
      where: { courseId: course.id, centerId: course.centerId, ...activeEnrollmentWhere(now), user: { status: "ACTIVE" }, ...(after ? { userId: { gt: after } } : {}) },
      select: { userId: true },
      orderBy: { userId: "asc" },
      take: FAN_OUT_BATCH,
    });
    if (students.length === 0) break;
    const outcomes = await resolveChannels(db, students.map((s) => s.userId), "COURSE_ANNOUNCEMENT", ANNOUNCEMENT_CHANNELS);
    for (const list of outcomes.values()) for (const outcome of list) if (outcome.deliver) reachable[outcome.channel as AnnouncementChannel]++;
    recipients += students.length;
    after = students[students.length - 1]?.userId;
    if (students.length < FAN_OUT_BATCH) break;
  }
  return { recipients, reachable };
}
