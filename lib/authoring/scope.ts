import "server-only";
import { courseScope, type CenterAccess } from "@/lib/access/center-scope";
import { logActivity, type ActivityMetadata } from "@/lib/audit/log-activity";
import { invalidatePublicReads } from "@/lib/cache/public-read-cache";
import { CATALOG_CACHE_PREFIX } from "@/lib/catalog/cached-catalog";
import type { Tx } from "@/lib/db";
import type { ClientInfo } from "@/lib/http/client-info";
import { AppError } from "@/lib/http/errors";

// Security-critical: every authoring function reaches courses, sections and lessons only through
// these loaders. Each child is loaded by id AND the access's centerId AND `courseScope` (an
// instructor's assigned courses), so another center's id, or an unassigned course's, answers
// `not_found` exactly like a missing one (ADR 0009).

const courseSelect = { id: true, centerId: true, status: true, publishedAt: true, priceAmount: true, currency: true, titleEn: true, titleMy: true } as const;

export async function loadCourse(tx: Tx, access: CenterAccess, courseId: string) {
  const course = await tx.course.findFirst({ where: { id: courseId, ...courseScope(access) }, select: courseSelect });
  if (!course) throw new AppError("not_found");
  return course;
}

export async function loadSection(tx: Tx, access: CenterAccess, sectionId: string) {
  const section = await tx.section.findFirst({
    where: { id: sectionId, centerId: access.centerId, course: courseScope(access) },
    select: { id: true, centerId: true, courseId: true, position: true, titleEn: true, titleMy: true },
  });
  if (!section) throw new AppError("not_found");
  return section;
}

export async function loadLesson(tx: Tx, access: CenterAccess, lessonId: string) {
  const lesson = await tx.lesson.findFirst({
    where: { id: lessonId, centerId: access.centerId, course: courseScope(access) },
    select: { id: true, centerId: true, courseId: true, sectionId: true, position: true, titleEn: true, titleMy: true },
  });
  if (!lesson) throw new AppError("not_found");
  return lesson;
}

/** Serialises structural changes of one course (positions, publishing) under a row lock. */
export async function lockCourse(tx: Tx, courseId: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM courses WHERE id = ${courseId}::uuid FOR UPDATE`;
}

/** A bilingual title must keep at least one language after an update merges with what is stored. */
export function assertTitle(titleEn: string | null | undefined, titleMy: string | null | undefined): void {
  if (!titleEn && !titleMy) {
    throw new AppError("validation_failed", {
      details: [{ path: "body.titleEn", code: "custom", message: "Give a title in English or Burmese" }],
    });
  }
}

/** The new order of `ids` after moving `id` to index `position` (clamped to the end). */
export function reorder(ids: string[], id: string, position: number): string[] {
  const rest = ids.filter((x) => x !== id);
  rest.splice(Math.min(position, rest.length), 0, id);
  return rest;
}

/** Writes 0..n-1 positions for rows whose position changed. */
export async function writePositions(
  ids: string[],
  current: Map<string, number>,
  update: (id: string, position: number) => Promise<unknown>,
): Promise<void> {
  for (const [position, id] of ids.entries()) {
    if (current.get(id) !== position) await update(id, position);
  }
}

/**
 * One activity-log entry for an authoring change (ids, enums and amounts only). Every authoring
 * change passes here, so it also drops the cached catalog reads: this instance's at once, and every
 * instance's (this one again) when `tx` commits, through a NOTIFY queued in it (ADR 0043).
 */
export async function logAuthoring(
  tx: Tx,
  access: CenterAccess,
  entry: { action: string; targetType: string; targetId: string; client?: ClientInfo; metadata?: ActivityMetadata },
): Promise<void> {
  await logActivity(tx, { ...entry, actorUserId: access.userId, centerId: access.centerId });
  await invalidatePublicReads(CATALOG_CACHE_PREFIX, tx);
}
