import { followInstructorEndpoint, unfollowInstructorEndpoint } from "@/lib/api/catalog-detail-endpoints";
import { followInstructor, unfollowInstructor } from "@/lib/follows/follow-instructor";
import { handle } from "@/lib/http/handle";

export const POST = handle(followInstructorEndpoint, ({ params, actor }) => followInstructor({ actor, instructorId: params.id }));
export const DELETE = handle(unfollowInstructorEndpoint, ({ params, actor }) => unfollowInstructor({ actor, instructorId: params.id }));
