import { listMyFollowingEndpoint } from "@/lib/api/learning-endpoints";
import { listFollowing } from "@/lib/follows/list-following";
import { handle } from "@/lib/http/handle";

export const GET = handle(listMyFollowingEndpoint, ({ query, actor, locale }) => listFollowing({ ...query, actor, locale }));
