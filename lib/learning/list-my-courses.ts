import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { courseSummary } from "@/lib/catalog/course-dto";
import { toCourseSummary, type CourseSummaryRow } from "@/lib/catalog/course-summary";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { decodeCursor, toPage } from "@/lib/http/pagination";
import type { Locale } from "@/lib/i18n/locales";
import { courseProgressDto, progressOf } from "./course-progress";

export const myCourseDto = z
  .object({
    enrollmentId: z.uuid(),
    enrolledAt: z.iso.datetime(),
    completedAt: z.iso.datetime().nullable(),
    expiresAt: z.iso.datetime().nullable(),
    course: courseSummary,
    progress: courseProgressDto,
  })
  .meta({ id: "MyCourse" });

export type MyCourse = z.input<typeof myCourseDto>;

type Row = Omit<CourseSummaryRow, "instructors" | "_count" | "id"> & {
  id: string;
  createdAt: Date;
  completedAt: Date | null;
  expiresAt: Date | null;
  courseId: string;
  instructors: { id: string; displayNameEn: string | null; displayNameMy: string | null }[];
  lessonCount: number;
  completedLessons: number;
};

/**
 * The actor's courses: ACTIVE, unexpired enrollments, newest first, keyset-paginated on
 * (createdAt, id), each with its course card and the actor's progress. A course stays here after it
 * is unpublished: the student paid for it. One statement, because this is the app's home screen
 * (read on every launch): the same read through nested Prisma selects and the two progress counts
 * took eight round trips (ADR 0039).
 */
export async function listMyCourses(input: { actor: Actor; locale: Locale; limit: number; cursor?: string }) {
  const { actor, locale, limit } = input;
  const after = decodeCursor(input.cursor);
  let page = Prisma.empty;
  if (after) {
    const at = typeof after.key === "string" ? new Date(after.key) : null;
    if (!at || Number.isNaN(at.getTime())) return { items: [], nextCursor: null };
    page = Prisma.sql`AND (e.created_at < ${at} OR (e.created_at = ${at} AND e.id < ${after.id}::uuid))`;
  }
  const rows = await db.$queryRaw<Row[]>`
    SELECT e.id, e.created_at AS "createdAt", e.completed_at AS "completedAt", e.expires_at AS "expiresAt",
      c.id AS "courseId", c.slug, c.title_en AS "titleEn", c.title_my AS "titleMy", c.summary_en AS "summaryEn",
      c.summary_my AS "summaryMy", c.level::text AS level, c.language::text AS language, c.price_amount AS "priceAmount",
      c.currency::text AS currency, c.cover_image_url AS "coverImageUrl", c.published_at AS "publishedAt",
      json_build_object('id', ce.id, 'slug', ce.slug, 'nameEn', ce.name_en, 'nameMy', ce.name_my) AS center,
      json_build_object('id', ca.id, 'nameEn', ca.name_en, 'nameMy', ca.name_my) AS category,
      (SELECT coalesce(json_agg(json_build_object('id', ip.id, 'displayNameEn', ip.display_name_en, 'displayNameMy', ip.display_name_my) ORDER BY ci.position), '[]'::json)
         FROM course_instructors ci JOIN instructor_profiles ip ON ip.id = ci.instructor_id WHERE ci.course_id = c.id) AS instructors,
      (SELECT count(*)::int FROM lessons l WHERE l.course_id = c.id) AS "lessonCount",
      (SELECT count(*)::int FROM lesson_progress lp
         WHERE lp.user_id = e.user_id AND lp.course_id = c.id AND lp.completed_at IS NOT NULL) AS "completedLessons"
    FROM enrollments e
    JOIN courses c ON c.id = e.course_id
    JOIN centers ce ON ce.id = c.center_id
    JOIN categories ca ON ca.id = c.category_id
    WHERE e.user_id = ${actor.userId}::uuid AND e.status = 'ACTIVE' AND (e.expires_at IS NULL OR e.expires_at > now()) ${page}
    ORDER BY e.created_at DESC, e.id DESC
    LIMIT ${limit + 1}`;
  return toPage(
    rows,
    limit,
    (row) => ({ key: row.createdAt.toISOString(), id: row.id }),
    (row): MyCourse => ({
      enrollmentId: row.id,
      enrolledAt: row.createdAt.toISOString(),
      completedAt: row.completedAt?.toISOString() ?? null,
      expiresAt: row.expiresAt?.toISOString() ?? null,
      course: toCourseSummary(
        { ...row, id: row.courseId, instructors: row.instructors.map((instructor) => ({ instructor })), _count: { lessons: row.lessonCount } },
        locale,
      ),
      progress: progressOf(row.completedLessons, row.lessonCount),
    }),
  );
}
