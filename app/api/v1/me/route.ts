import { getMeEndpoint, updateMeEndpoint } from "@/lib/api/me-endpoints";
import { handle } from "@/lib/http/handle";
import { getProfile } from "@/lib/profile/get-profile";
import { updateProfile } from "@/lib/profile/update-profile";

export const GET = handle(getMeEndpoint, ({ actor }) => getProfile(actor.userId));
export const PATCH = handle(updateMeEndpoint, ({ actor, body }) => updateProfile(actor.userId, body));
