import { getCourseEndpoint } from "@/lib/api/catalog-detail-endpoints";
import { getCourse } from "@/lib/catalog/get-course";
import { handle } from "@/lib/http/handle";

export const GET = handle(getCourseEndpoint, ({ params, actor, locale }) => getCourse({ courseId: params.id, actor, locale }));
