import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { db, type Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/http/errors";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";
import { courseSummary } from "./course-dto";
import { PROFILE_COURSE_LIMIT } from "./get-center";
import { courseSummarySelect, toCourseSummary } from "./course-summary";
import { publicCourseWhere } from "./get-course";

/**
 * An instructor profile is public once it teaches a published course of an active center. Profiles
 * are made when staff are invited; until then the person's name is not shown to the world.
 */
export const publicInstructorWhere = {
  courses: { some: { course: publicCourseWhere } },
} satisfies Prisma.InstructorProfileWhereInput;

export const instructorProfileDto = z
  .object({
    id: z.uuid(),
    slug: z.string().nullable(),
    name: z.string(),
    headline: z.string().nullable(),
    bio: z.string().nullable(),
    photoUrl: z.string().nullable(),
    followerCount: z.number().int(),
    following: z.boolean().nullable().meta({ description: "Whether the caller follows this instructor; null without a token." }),
    courseCount: z.number().int(),
    courses: z.array(courseSummary).meta({ description: "Up to 20 newest; page the rest with GET /api/v1/courses?instructorId=." }),
  })
  .meta({ id: "InstructorProfile" });

export type InstructorProfileDetail = z.input<typeof instructorProfileDto>;

/** An instructor's public profile, follower count, and (with a token) whether the caller follows. */
export async function getInstructor(input: { instructorId: string; actor: Actor | null; locale: Locale }, reader: Db = db): Promise<InstructorProfileDetail> {
  const { instructorId, actor, locale } = input;
  const courseWhere: Prisma.CourseWhereInput = { ...publicCourseWhere, instructors: { some: { instructorId } } };
  const profile = await reader.instructorProfile.findFirst({
    where: { id: instructorId, ...publicInstructorWhere },
    select: {
      id: true,
      slug: true,
      displayNameEn: true,
      displayNameMy: true,
      headlineEn: true,
      headlineMy: true,
      bioEn: true,
      bioMy: true,
      photoUrl: true,
      _count: { select: { followers: true } },
    },
  });
  if (!profile) throw new AppError("not_found");
  const [courses, courseCount, follow] = await Promise.all([
    reader.course.findMany({ where: courseWhere, orderBy: [{ publishedAt: "desc" }, { id: "desc" }], take: PROFILE_COURSE_LIMIT, select: courseSummarySelect }),
    reader.course.count({ where: courseWhere }),
    actor ? db.follow.findUnique({ where: { userId_instructorId: { userId: actor.userId, instructorId } }, select: { id: true } }) : null,
  ]);
  return {
    id: profile.id,
    slug: profile.slug,
    name: localized(profile.displayNameEn, profile.displayNameMy, locale),
    headline: localized(profile.headlineEn, profile.headlineMy, locale) || null,
    bio: localized(profile.bioEn, profile.bioMy, locale) || null,
    photoUrl: profile.photoUrl,
    followerCount: profile._count.followers,
    following: actor ? Boolean(follow) : null,
    courseCount,
    courses: courses.map((row) => toCourseSummary(row, locale)),
  };
}
