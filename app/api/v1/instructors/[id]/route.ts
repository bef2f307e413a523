import { getInstructorEndpoint } from "@/lib/api/catalog-detail-endpoints";
import { getInstructor } from "@/lib/catalog/get-instructor";
import { handle } from "@/lib/http/handle";

export const GET = handle(getInstructorEndpoint, ({ params, actor, locale }) => getInstructor({ instructorId: params.id, actor, locale }));
