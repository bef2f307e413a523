import "server-only";
import { cachedPublicRead, invalidatePublicReads } from "@/lib/cache/public-read-cache";
import { readFromReplica } from "@/lib/db-replicas";
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

// Every read below is anonymous and public, so it may come from a read replica (ADR 0045,
// lib/db-replicas.ts): it is served up to the cache's TTL stale anyway. Signed-in reads of the same
// pages (getCourse, getInstructor with an actor) are not here and read the primary.

/** listCourses behind the public read cache (its result holds nothing personal). */
export function cachedListCourses(input: ListCoursesInput) {
  const key = `${CATALOG_CACHE_PREFIX}courses:${JSON.stringify([input.locale, input.limit, input.cursor ?? "", input.q ?? "", input.categoryId ?? "", input.centerId ?? "", input.instructorId ?? ""])}`;
  return cachedPublicRead(key, () => readFromReplica((reader) => listCourses(input, reader)));
}

/** `{ items }` as GET /api/v1/categories answers it: the same object every time, so handle() reuses its bytes. */
export function cachedListCategories(locale: Locale) {
  return cachedPublicRead(`${CATALOG_CACHE_PREFIX}categories:${locale}`, async () => ({ items: await readFromReplica((reader) => listCategories(locale, reader)) }));
}

/** A course's page as an anonymous visitor sees it (a signed-in student's is personal: getCourse). */
export function cachedGetPublicCourse(courseId: string, locale: Locale) {
  return cachedPublicRead(`${CATALOG_CACHE_PREFIX}course:${courseId}:${locale}`, () => readFromReplica((reader) => getCourse({ courseId, actor: null, locale }, reader)));
}

export function cachedGetCenter(centerId: string, locale: Locale) {
  return cachedPublicRead(`${CATALOG_CACHE_PREFIX}center-id:${centerId}:${locale}`, () => readFromReplica((reader) => getCenter({ centerId, locale }, reader)));
}

/** An active center's public profile by slug (a failed lookup is not cached: it throws). */
export function cachedGetCenterBySlug(slug: string, locale: Locale) {
  return cachedPublicRead(`${CATALOG_CACHE_PREFIX}center:${JSON.stringify([locale, slug])}`, () => readFromReplica((reader) => getCenterBySlug({ slug, locale }, reader)));
}

export function cachedListCenterInstructors(centerId: string, locale: Locale) {
  return cachedPublicRead(`${CATALOG_CACHE_PREFIX}center-instructors:${centerId}:${locale}`, () => readFromReplica((reader) => listCenterInstructors({ centerId, locale }, reader)));
}

// Both instructor keys start with instructorKey(id) so that one prefix drops them after a follow.
const instructorKey = (instructorId: string) => `${CATALOG_CACHE_PREFIX}instructor:${instructorId}:`;

/**
 * The public part of an instructor's profile: read WITHOUT an actor, so `following` is always null
 * here. Whether the viewer follows is personal and must be asked separately (lib/follows/is-following).
 */
export function cachedGetPublicInstructor(instructorId: string, locale: Locale) {
  return cachedPublicRead(`${instructorKey(instructorId)}profile:${locale}`, () => readFromReplica((reader) => getInstructor({ instructorId, actor: null, locale }, reader)));
}

export function cachedListInstructorCenters(instructorId: string, locale: Locale) {
  return cachedPublicRead(`${instructorKey(instructorId)}centers:${locale}`, () => readFromReplica((reader) => listInstructorCenters({ instructorId, locale }, reader)));
}

/** Drops an instructor's cached profile on every instance, e.g. after a follow changed its follower count. */
export function invalidateCachedInstructor(instructorId: string): Promise<void> {
  return invalidatePublicReads(instructorKey(instructorId));
}
