import "server-only";
import { z } from "zod";
import { db, type Db } from "@/lib/db";
import { AppError } from "@/lib/http/errors";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";
import { courseSummary } from "./course-dto";
import { courseSummarySelect, toCourseSummary } from "./course-summary";
import { publicCourseWhere } from "./get-course";

/** Newest published courses shown on a profile; the rest come from GET /courses?centerId=. */
export const PROFILE_COURSE_LIMIT = 20;

// Contact phone and email are left out on purpose: the public profile shows what a student needs
// to choose a course; staff contact details stay in the dashboard.
export const centerProfileDto = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    logoUrl: z.string().nullable(),
    websiteUrl: z.string().nullable(),
    address: z.string().nullable(),
    courseCount: z.number().int(),
    courses: z.array(courseSummary).meta({ description: "Up to 20 newest; page the rest with GET /api/v1/courses?centerId=." }),
  })
  .meta({ id: "CenterProfile" });

export type CenterProfile = z.input<typeof centerProfileDto>;

/** A center's public profile with its newest published courses; only ACTIVE centers exist here. */
export async function getCenter(input: { centerId: string; locale: Locale }, reader: Db = db): Promise<CenterProfile> {
  const { centerId, locale } = input;
  const center = await reader.center.findFirst({
    where: { id: centerId, status: "ACTIVE" },
    select: {
      id: true,
      slug: true,
      nameEn: true,
      nameMy: true,
      descriptionEn: true,
      descriptionMy: true,
      logoUrl: true,
      websiteUrl: true,
      addressEn: true,
      addressMy: true,
      _count: { select: { courses: { where: { status: "PUBLISHED" } } } },
    },
  });
  if (!center) throw new AppError("not_found");
  const courses = await reader.course.findMany({
    where: { centerId, ...publicCourseWhere },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: PROFILE_COURSE_LIMIT,
    select: courseSummarySelect,
  });
  return {
    id: center.id,
    slug: center.slug,
    name: localized(center.nameEn, center.nameMy, locale),
    description: localized(center.descriptionEn, center.descriptionMy, locale) || null,
    logoUrl: center.logoUrl,
    websiteUrl: center.websiteUrl,
    address: localized(center.addressEn, center.addressMy, locale) || null,
    courseCount: center._count.courses,
    courses: courses.map((row) => toCourseSummary(row, locale)),
  };
}
