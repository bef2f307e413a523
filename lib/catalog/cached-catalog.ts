import "server-only";
import { cachedPublicRead } from "@/lib/cache/public-read-cache";
import type { Locale } from "@/lib/i18n/locales";
import { listCategories } from "./list-categories";
import { listCourses, type ListCoursesInput } from "./list-courses";

/** Cache keys of catalog reads start with this: authoring invalidates them by prefix. */
export const CATALOG_CACHE_PREFIX = "catalog:";

/** listCourses behind the public read cache (its result holds nothing personal). */
export function cachedListCourses(input: ListCoursesInput) {
  const key = `${CATALOG_CACHE_PREFIX}courses:${JSON.stringify([input.locale, input.limit, input.cursor ?? "", input.q ?? "", input.categoryId ?? "", input.centerId ?? "", input.instructorId ?? ""])}`;
  return cachedPublicRead(key, () => listCourses(input));
}

export function cachedListCategories(locale: Locale) {
  return cachedPublicRead(`${CATALOG_CACHE_PREFIX}categories:${locale}`, () => listCategories(locale));
}
