import { listCoursesEndpoint } from "@/lib/api/catalog-endpoints";
import { listCourses } from "@/lib/catalog/list-courses";
import { handle } from "@/lib/http/handle";

export const GET = handle(listCoursesEndpoint, ({ query, locale }) => listCourses({ ...query, locale }));
