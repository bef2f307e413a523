import "server-only";
import { cachedPublicRead, invalidatePublicReads } from "@/lib/cache/public-read-cache";
import type { Locale } from "@/lib/i18n/locales";
import { getCenter } from "./get-center";
import { getCenterBySlug } from "./get-center-by-slug";
import { getCourse } from "./get-course";
import { getInstructor } from "./get-instructor";
import { listCategories } from "./list-categories";
import { listCenterInstructors } from "./list-center-instructors";
import { listCourses, type ListCoursesInput } from "./list-courses";
import { listInstructorCenters } from "./list-instructor-centers";

/** Cache keys of catalog reads start with this: authoring invalidates them by prefix. */
export const CATALOG_CACHE_PREFIX = "catalog:";

/** listCourses behind the public read cache (its result holds nothing personal). */
export function cachedListCourses(input: ListCoursesInput) {
  const key = `${CATALOG_CACHE_PREFIX}courses:${JSON.stringify([input.locale, input.limit, input.cursor ?? "", input.q ?? "", input.categoryId ?? "", input.centerId ?? "", input.instructorId ?? ""])}`;
  return cachedPublicRead(key, () => listCourses(input));
}

/** `{ items }` as GET /api/v1/categories answers it: the same object every time, so handle() reuses its bytes. */
export function cachedListCategories(locale: Locale) {
  return cachedPublicRead(`${CATALOG_CACHE_PREFIX}categories:${locale}`, async () => ({ items: await listCategories(locale) }));
}

/** A course's page as an anonymous visitor sees it (a signed-in student's is personal: getCourse). */
export function cachedGetPublicCourse(courseId: string, locale: Locale) {
  return cachedPublicRead(`${CATALOG_CACHE_PREFIX}course:${courseId}:${locale}`, () => getCourse({ courseId, actor: null, locale }));
}

export function cachedGetCenter(centerId: string, locale: Locale) {
  return cachedPublicRead(`${CATALOG_CACHE_PREFIX}center-id:${centerId}:${locale}`, () => getCenter({ centerId, locale }));
}

/** An active center's public profile by slug (a failed lookup is not cached: it throws). */
export function cachedGetCenterBySlug(slug: string, locale: Locale) {
  return cachedPublicRead(`${CATALOG_CACHE_PREFIX}center:${JSON.stringify([locale, slug])}`, () => getCenterBySlug({ slug, locale }));
}

export function cachedListCenterInstructors(centerId: string, locale: Locale) {
  return cachedPublicRead(`${CATALOG_CACHE_PREFIX}center-instructors:${centerId}:${locale}`, () => listCenterInstructors({ centerId, locale }));
}

// Both instructor keys start with instructorKey(id) so that one prefix drops them after a follow.
const instructorKey = (instructorId: string) => `${CATALOG_CACHE_PREFIX}instructor:${instructorId}:`;

/**
 * The public part of an instructor's profile: read WITHOUT an actor, so `following` is always null
 * here. Whether the viewer follows is personal and must be asked separately (lib/follows/is-following).
 */
export function cachedGetPublicInstructor(instructorId: string, locale: Locale) {
  return cachedPublicRead(`${instructorKey(instructorId)}profile:${locale}`, () => getInstructor({ instructorId, actor: null, locale }));
}

export function cachedListInstructorCenters(instructorId: string, locale: Locale) {
  return cachedPublicRead(`${instructorKey(instructorId)}centers:${locale}`, () => listInstructorCenters({ instructorId, locale }));
}

/** Drops an instructor's cached profile on every instance, e.g. after a follow changed its follower count. */
export function invalidateCachedInstructor(instructorId: string): Promise<void> {
  return invalidatePublicReads(instructorKey(instructorId));
}
