import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { decodeCursor, toPage } from "@/lib/http/pagination";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";
import type { CourseSummary } from "./course-dto";
import { searchCourses } from "./search/search-courses";

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

/**
 * Published courses of active centers, newest first, keyset-paginated on (publishedAt, id); with
 * `q`, ranked search results (lib/catalog/search) paginated on (rank, id).
 */
export async function listCourses(input: ListCoursesInput) {
  if (input.q?.trim()) return searchCourseSummaries({ ...input, q: input.q });
  const where: Prisma.CourseWhereInput = {
    status: "PUBLISHED",
    center: { status: "ACTIVE" },
    ...(input.categoryId ? { categoryId: input.categoryId } : {}),
    ...(input.centerId ? { centerId: input.centerId } : {}),
    ...(input.instructorId ? { instructors: { some: { instructorId: input.instructorId } } } : {}),
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

async function searchCourseSummaries(input: ListCoursesInput & { q: string }) {
  const after = decodeCursor(input.cursor);
  // A cursor of the unfiltered list (a date key) cannot continue a search: an empty page, as above.
  if (after && (typeof after.key !== "number" || !Number.isFinite(after.key))) return { items: [], nextCursor: null };
  const ranked = await searchCourses({
    q: input.q,
    categoryId: input.categoryId,
    centerId: input.centerId,
    instructorId: input.instructorId,
    after: after ? { rank: after.key as number, id: after.id } : null,
    take: input.limit + 1,
  });
  const rows = await db.course.findMany({ where: { id: { in: ranked.map((r) => r.id) } }, select: summarySelect });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const page = toPage(ranked, input.limit, (r) => ({ key: r.rank, id: r.id }), (r) => byId.get(r.id));
  // Summaries in the search's order; a course unpublished in between is skipped, the cursor stays valid.
  const items = page.items.flatMap((row) => (row ? [toCourseSummary(row, input.locale)] : []));
  return { items, nextCursor: page.nextCursor };
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
