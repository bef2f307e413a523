import { getCourseEndpoint } from "@/lib/api/catalog-detail-endpoints";
import { cachedGetPublicCourse } from "@/lib/catalog/cached-catalog";
import { getCourse } from "@/lib/catalog/get-course";
import { handle } from "@/lib/http/handle";

// Anonymous visitors share the cached page; a signed-in student's shows their enrollment and progress.
export const GET = handle(getCourseEndpoint, ({ params, actor, locale }) =>
  actor ? getCourse({ courseId: params.id, actor, locale }) : cachedGetPublicCourse(params.id, locale),
);
