import "server-only";
import { courseScope, requirePermission, type CenterAccess } from "@/lib/access/center-scope";
import { db } from "@/lib/db";
import { AppError } from "@/lib/http/errors";
import { staffLiveClassSelect, toStaffLiveClassDto, type StaffLiveClassDto } from "./live-class-dto";

/** A class in the dashboard's list: no join or start link (the host link has its own route). */
export type StaffLiveClassRowDto = StaffLiveClassDto & {
  durationMinutes: number;
  /** Distinct students who asked for the join link (a student joining twice counts once). */
  participants: number;
};

export type CourseLiveClassesDto = {
  course: { id: string; titleEn: string | null; titleMy: string | null };
  /** Scheduled and not yet over, or live now; soonest first. */
  upcoming: StaffLiveClassRowDto[];
  /** Ended, or past their scheduled end; latest first. */
  past: StaffLiveClassRowDto[];
  cancelled: StaffLiveClassRowDto[];
};

/** A course's live classes for its staff (instructors: assigned courses only), split by state. */
export async function listCourseLiveClasses(access: CenterAccess, courseId: string, now = new Date()): Promise<CourseLiveClassesDto> {
  requirePermission(access, "course.read");
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(courseId)) throw new AppError("not_found");
  const course = await db.course.findFirst({ where: { ...courseScope(access), id: courseId }, select: { id: true, titleEn: true, titleMy: true } });
  if (!course) throw new AppError("not_found");
  const rows = await db.liveClass.findMany({
    where: { courseId: course.id, centerId: access.centerId },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    select: staffLiveClassSelect,
  });
  const joins = await db.liveClassParticipation.groupBy({ by: ["liveClassId", "userId"], where: { liveClassId: { in: rows.map((r) => r.id) } } });
  const participants = new Map<string, number>();
  for (const join of joins) participants.set(join.liveClassId, (participants.get(join.liveClassId) ?? 0) + 1);

  const result: CourseLiveClassesDto = { course, upcoming: [], past: [], cancelled: [] };
  for (const row of rows) {
    const item = { ...toStaffLiveClassDto(row), durationMinutes: Math.round((row.endsAt.getTime() - row.startsAt.getTime()) / 60_000), participants: participants.get(row.id) ?? 0 };
    if (row.status === "CANCELLED") result.cancelled.push(item);
    else if (row.status === "LIVE" || (row.status === "SCHEDULED" && row.endsAt > now)) result.upcoming.push(item);
    else result.past.push(item);
  }
  result.past.reverse();
  result.cancelled.reverse();
  return result;
}
