import type { Prisma } from "@/lib/generated/prisma/client";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";
import type { CourseSummary } from "./course-dto";

/** The select every list of course cards reads (catalog, search, profiles, my courses). */
export const courseSummarySelect = {
  id: true,
  slug: true,
  titleEn: true,
  titleMy: true,
  summaryEn: true,
  summaryMy: true,
  level: true,
  language: true,
  priceAmount: true,
  currency: true,
  coverImageUrl: true,
  publishedAt: true,
  center: { select: { id: true, slug: true, nameEn: true, nameMy: true } },
  category: { select: { id: true, nameEn: true, nameMy: true } },
  instructors: {
    orderBy: { position: "asc" },
    select: { instructor: { select: { id: true, displayNameEn: true, displayNameMy: true } } },
  },
  _count: { select: { lessons: true } },
} satisfies Prisma.CourseSelect;

export type CourseSummaryRow = Prisma.CourseGetPayload<{ select: typeof courseSummarySelect }>;

/** A course card's DTO in the reader's language. */
export function toCourseSummary(row: CourseSummaryRow, locale: Locale): CourseSummary {
  return {
    id: row.id,
    slug: row.slug,
    title: localized(row.titleEn, row.titleMy, locale),
    summary: localized(row.summaryEn, row.summaryMy, locale) || null,
    level: row.level,
    language: row.language,
    price: { amount: row.priceAmount, currency: row.currency },
    coverImageUrl: row.coverImageUrl,
    lessonCount: row._count.lessons,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    center: { id: row.center.id, slug: row.center.slug, name: localized(row.center.nameEn, row.center.nameMy, locale) },
    category: { id: row.category.id, name: localized(row.category.nameEn, row.category.nameMy, locale) },
    instructors: row.instructors.map(({ instructor }) => ({
      id: instructor.id,
      name: localized(instructor.displayNameEn, instructor.displayNameMy, locale),
    })),
  };
}
