import "server-only";
import { db, type Db } from "@/lib/db";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";
import { publicCourseWhere } from "./get-course";

/** Enough for any real center's teaching staff; the page is a directory, not an export. */
const CENTER_INSTRUCTOR_LIMIT = 50;

export type CenterInstructor = { id: string; name: string; headline: string | null; photoUrl: string | null };

/**
 * The instructors who teach a published course of this center, in the order they joined. Only
 * those: a staff member without a published course stays unnamed (see publicInstructorWhere).
 */
export async function listCenterInstructors(input: { centerId: string; locale: Locale }, reader: Db = db): Promise<CenterInstructor[]> {
  const { centerId, locale } = input;
  const rows = await reader.instructorProfile.findMany({
    where: { courses: { some: { centerId, course: publicCourseWhere } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: CENTER_INSTRUCTOR_LIMIT,
    select: { id: true, displayNameEn: true, displayNameMy: true, headlineEn: true, headlineMy: true, photoUrl: true },
  });
  return rows.map((row) => ({
    id: row.id,
    name: localized(row.displayNameEn, row.displayNameMy, locale),
    headline: localized(row.headlineEn, row.headlineMy, locale) || null,
    photoUrl: row.photoUrl,
  }));
}
