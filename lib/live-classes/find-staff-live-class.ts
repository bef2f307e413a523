import "server-only";
import { courseScope, requirePermission, type CenterAccess } from "@/lib/access/center-scope";
import type { Db, Tx } from "@/lib/db";
import { AppError } from "@/lib/http/errors";

/**
 * A class the actor may manage: loaded by id within the center and, for instructors, within their
 * assigned courses (courseScope). Another center's class or an unassigned course's answers 404.
 */
export async function findStaffLiveClassOrThrow(client: Db | Tx, access: CenterAccess, liveClassId: string) {
  requirePermission(access, "live_class.write");
  // A malformed id is a missing id (not a database error on the uuid column).
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(liveClassId)) throw new AppError("not_found");
  const found = await client.liveClass.findFirst({
    where: { id: liveClassId, centerId: access.centerId, course: courseScope(access) },
    select: {
      id: true,
      centerId: true,
      courseId: true,
      sectionId: true,
      titleEn: true,
      titleMy: true,
      startsAt: true,
      endsAt: true,
      status: true,
      zoomMeetingId: true,
      zoomStartUrl: true,
      course: { select: { titleEn: true, titleMy: true } },
    },
  });
  if (!found) throw new AppError("not_found");
  return found;
}
