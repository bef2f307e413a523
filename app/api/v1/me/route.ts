import { deleteMeEndpoint, getMeEndpoint, updateMeEndpoint } from "@/lib/api/me-endpoints";
import { handle } from "@/lib/http/handle";
import { deleteAccount } from "@/lib/privacy/delete-account";
import { getProfile } from "@/lib/profile/get-profile";
import { updateProfile } from "@/lib/profile/update-profile";

export const GET = handle(getMeEndpoint, ({ actor }) => getProfile(actor.userId));
export const PATCH = handle(updateMeEndpoint, ({ actor, body }) => updateProfile(actor.userId, body));
export const DELETE = handle(deleteMeEndpoint, async ({ actor }) => {
  await deleteAccount({ userId: actor.userId, reason: "USER_REQUEST", actorUserId: actor.userId });
  return null;
});
