import { listCoursesEndpoint } from "@/lib/api/catalog-endpoints";
import { recordCatalogSearch } from "@/lib/analytics/record-search";
import { cachedListCourses } from "@/lib/catalog/cached-catalog";
import { handle } from "@/lib/http/handle";

export const GET = handle(listCoursesEndpoint, async ({ query, locale }) => {
  const page = await cachedListCourses({ ...query, locale });
  // Not awaited: recording never slows or fails the search (ADR 0021). The app's platform is unknown here.
  void recordCatalogSearch({ q: query.q, cursor: query.cursor, items: page.items, platform: null });
  return page;
});
