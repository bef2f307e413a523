import { getInstructorEndpoint } from "@/lib/api/catalog-detail-endpoints";
import { cachedGetPublicInstructor } from "@/lib/catalog/cached-catalog";
import { getInstructor } from "@/lib/catalog/get-instructor";
import { handle } from "@/lib/http/handle";

// Anonymous visitors share the cached profile; a signed-in caller's says whether they follow.
export const GET = handle(getInstructorEndpoint, ({ params, actor, locale }) =>
  actor ? getInstructor({ instructorId: params.id, actor, locale }) : cachedGetPublicInstructor(params.id, locale),
);
