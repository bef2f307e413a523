import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { decodeCursor, toPage } from "@/lib/http/pagination";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";
import type { CourseSummary } from "./course-dto";

export type ListCoursesInput = {
  locale: Locale;
  limit: number;
  cursor?: string;
  q?: string;
  categoryId?: string;
  centerId?: string;
  instructorId?: string;
};

const summarySelect = {
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

type Row = Prisma.CourseGetPayload<{ select: typeof summarySelect }>;

/** Published courses of active centers, newest first, keyset-paginated on (publishedAt, id). */
export async function listCourses(input: ListCoursesInput) {
  const where: Prisma.CourseWhereInput = {
    status: "PUBLISHED",
    center: { status: "ACTIVE" },
    ...(input.categoryId ? { categoryId: input.categoryId } : {}),
    ...(input.centerId ? { centerId: input.centerId } : {}),
    ...(input.instructorId ? { instructors: { some: { instructorId: input.instructorId } } } : {}),
    ...(input.q ? { OR: textMatch(input.q) } : {}),
  };
  const after = decodeCursor(input.cursor);
  if (after) {
    const at = typeof after.key === "string" ? new Date(after.key) : null;
    if (!at || Number.isNaN(at.getTime())) return { items: [], nextCursor: null };
    where.AND = [{ OR: [{ publishedAt: { lt: at } }, { publishedAt: at, id: { lt: after.id } }] }];
  }
  const rows = await db.course.findMany({
    where,
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: input.limit + 1,
    select: summarySelect,
  });
  return toPage(
    rows,
    input.limit,
    (row) => ({ key: row.publishedAt?.toISOString() ?? null, id: row.id }),
    (row) => toCourseSummary(row, input.locale),
  );
}

// Substring match works for Burmese, which has no spaces between words; ranking comes with search.
function textMatch(q: string): Prisma.CourseWhereInput[] {
  const contains = { contains: q, mode: "insensitive" as const };
  return [{ titleEn: contains }, { titleMy: contains }, { summaryEn: contains }, { summaryMy: contains }];
}

export function toCourseSummary(row: Row, locale: Locale): CourseSummary {
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
