import "server-only";
import { db, type Db } from "@/lib/db";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";

/** A bound for the query; an instructor teaches at a handful of centers at most. */
const INSTRUCTOR_CENTER_LIMIT = 20;

export type InstructorCenter = { id: string; slug: string; name: string };

/** The ACTIVE centers where an instructor teaches a published course, oldest partner first. */
export async function listInstructorCenters(input: { instructorId: string; locale: Locale }, reader: Db = db): Promise<InstructorCenter[]> {
  const { instructorId, locale } = input;
  const rows = await reader.center.findMany({
    where: { status: "ACTIVE", courses: { some: { status: "PUBLISHED", instructors: { some: { instructorId } } } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: INSTRUCTOR_CENTER_LIMIT,
    select: { id: true, slug: true, nameEn: true, nameMy: true },
  });
  return rows.map((row) => ({ id: row.id, slug: row.slug, name: localized(row.nameEn, row.nameMy, locale) }));
}
