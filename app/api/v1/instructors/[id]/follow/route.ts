import { followInstructorEndpoint, unfollowInstructorEndpoint } from "@/lib/api/catalog-detail-endpoints";
import { setFollowing } from "@/lib/follows/set-following";
import { handle } from "@/lib/http/handle";

// Through setFollowing, as the web page's action: the instructor's cached public page (follower
// count) is invalidated on every instance (ADR 0043). Found by npm run test:scale-out.
export const POST = handle(followInstructorEndpoint, ({ params, actor }) => setFollowing({ actor, instructorId: params.id, follow: true }).then(() => null));
export const DELETE = handle(unfollowInstructorEndpoint, ({ params, actor }) => setFollowing({ actor, instructorId: params.id, follow: false }).then(() => null));
