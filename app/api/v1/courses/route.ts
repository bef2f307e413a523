import { listCoursesEndpoint } from "@/lib/api/catalog-endpoints";
import { cachedListCourses } from "@/lib/catalog/cached-catalog";
import { handle } from "@/lib/http/handle";

export const GET = handle(listCoursesEndpoint, ({ query, locale }) => cachedListCourses({ ...query, locale }));
