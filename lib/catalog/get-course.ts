import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { db, type Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/http/errors";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";
import { courseProgressDto, progressOf } from "@/lib/learning/course-progress";
import { findActiveEnrollment } from "@/lib/learning/require-enrollment";
import { money } from "./course-dto";

/** What makes a course visible in the public catalog. */
export const publicCourseWhere = { status: "PUBLISHED", center: { status: "ACTIVE" } } satisfies Prisma.CourseWhereInput;


const outlineLesson = z.object({
  id: z.uuid(),
  title: z.string(),
  kind: z.enum(["VIDEO", "TEXT", "FILE"]),
  durationSeconds: z.number().int().nullable(),
  isPreview: z.boolean().meta({ description: "A preview lesson's body is open to anyone signed in." }),
  position: z.number().int(),
  completed: z.boolean().meta({ description: "Always false unless the caller is enrolled." }),
});

// Security-critical: this schema is the response filter of GET /courses/{id}. It declares no lesson
// body, video URL, file or join link, so none can reach the catalog even if a select grows.
export const courseDetailDto = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    title: z.string(),
    summary: z.string().nullable(),
    description: z.string().nullable(),
    level: z.enum(["BEGINNER", "INTERMEDIATE", "ADVANCED", "ALL_LEVELS"]),
    language: z.enum(["MY", "EN", "BILINGUAL"]),
    price: money,
    coverImageUrl: z.string().nullable(),
    publishedAt: z.iso.datetime().nullable(),
    lessonCount: z.number().int(),
    totalDurationSeconds: z.number().int(),
    center: z.object({ id: z.uuid(), slug: z.string(), name: z.string(), logoUrl: z.string().nullable() }),
    category: z.object({ id: z.uuid(), name: z.string() }),
    instructors: z.array(z.object({ id: z.uuid(), name: z.string(), headline: z.string().nullable(), photoUrl: z.string().nullable() })),
    sections: z.array(z.object({ id: z.uuid(), title: z.string(), position: z.number().int(), lessons: z.array(outlineLesson) })),
    upcomingLiveClasses: z
      .array(z.object({ id: z.uuid(), title: z.string(), startsAt: z.iso.datetime() }))
      .meta({ description: "Scheduled or running classes, soonest first; the join link comes only from POST /live-classes/{id}/join." }),
    enrolled: z.boolean().meta({ description: "False without a token." }),
    progress: courseProgressDto.nullable().meta({ description: "Only for an enrolled caller." }),
  })
  .meta({ id: "CourseDetail" });

export type CourseDetail = z.input<typeof courseDetailDto>;

const UPCOMING_LIMIT = 10;

/**
 * A course's catalog page: outline, price, instructors, center, upcoming live classes. Visible when
 * published by an active center; an enrolled caller also sees a course that was unpublished or
 * whose center was suspended later (they paid for it). Anyone else gets `not_found`. `reader` reads
 * the course (a replica for anonymous visitors, lib/db-replicas.ts); the caller's own rows always come from the primary.
 */
export async function getCourse(input: { courseId: string; actor: Actor | null; locale: Locale }, reader: Db = db): Promise<CourseDetail> {
  const { courseId, actor, locale } = input;
  const enrollment = await findActiveEnrollment(actor, courseId);
  const now = new Date();
  const row = await reader.course.findFirst({
    where: { id: courseId, ...(enrollment ? {} : publicCourseWhere) },
    select: {
      id: true,
      slug: true,
      titleEn: true,
      titleMy: true,
      summaryEn: true,
      summaryMy: true,
      descriptionEn: true,
      descriptionMy: true,
      level: true,
      language: true,
      priceAmount: true,
      currency: true,
      coverImageUrl: true,
      publishedAt: true,
      center: { select: { id: true, slug: true, nameEn: true, nameMy: true, logoUrl: true } },
      category: { select: { id: true, nameEn: true, nameMy: true } },
      instructors: {
        orderBy: { position: "asc" },
        select: { instructor: { select: { id: true, displayNameEn: true, displayNameMy: true, headlineEn: true, headlineMy: true, photoUrl: true } } },
      },
      sections: {
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: {
          id: true,
          titleEn: true,
          titleMy: true,
          position: true,
          lessons: {
            orderBy: [{ position: "asc" }, { id: "asc" }],
            select: { id: true, titleEn: true, titleMy: true, kind: true, durationSeconds: true, isPreview: true, position: true },
          },
        },
      },
      liveClasses: {
        where: { status: { in: ["SCHEDULED", "LIVE"] }, endsAt: { gt: now } },
        orderBy: [{ startsAt: "asc" }, { id: "asc" }],
        take: UPCOMING_LIMIT,
        select: { id: true, titleEn: true, titleMy: true, startsAt: true },
      },
    },
  });
  if (!row) throw new AppError("not_found");

  const completed = new Set<string>();
  if (enrollment && actor) {
    const done = await db.lessonProgress.findMany({
      where: { userId: actor.userId, courseId, completedAt: { not: null } },
      select: { lessonId: true },
    });
    for (const { lessonId } of done) completed.add(lessonId);
  }
  const lessons = row.sections.flatMap((s) => s.lessons);
  return {
    id: row.id,
    slug: row.slug,
    title: localized(row.titleEn, row.titleMy, locale),
    summary: localized(row.summaryEn, row.summaryMy, locale) || null,
    description: localized(row.descriptionEn, row.descriptionMy, locale) || null,
    level: row.level,
    language: row.language,
    price: { amount: row.priceAmount, currency: row.currency },
    coverImageUrl: row.coverImageUrl,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    lessonCount: lessons.length,
    totalDurationSeconds: lessons.reduce((sum, l) => sum + (l.durationSeconds ?? 0), 0),
    center: { id: row.center.id, slug: row.center.slug, name: localized(row.center.nameEn, row.center.nameMy, locale), logoUrl: row.center.logoUrl },
    category: { id: row.category.id, name: localized(row.category.nameEn, row.category.nameMy, locale) },
    instructors: row.instructors.map(({ instructor: i }) => ({
      id: i.id,
      name: localized(i.displayNameEn, i.displayNameMy, locale),
      headline: localized(i.headlineEn, i.headlineMy, locale) || null,
      photoUrl: i.photoUrl,
    })),
    sections: row.sections.map((s) => ({
      id: s.id,
      title: localized(s.titleEn, s.titleMy, locale),
      position: s.position,
      lessons: s.lessons.map((l) => ({
        id: l.id,
        title: localized(l.titleEn, l.titleMy, locale),
        kind: l.kind,
        durationSeconds: l.durationSeconds,
        isPreview: l.isPreview,
        position: l.position,
        completed: completed.has(l.id),
      })),
    })),
    upcomingLiveClasses: row.liveClasses.map((c) => ({ id: c.id, title: localized(c.titleEn, c.titleMy, locale), startsAt: c.startsAt.toISOString() })),
    enrolled: Boolean(enrollment),
    progress: enrollment ? progressOf(lessons.filter((l) => completed.has(l.id)).length, lessons.length) : null,
  };
}
