import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { invalidateCachedInstructor } from "@/lib/catalog/cached-catalog";
import { followInstructor, unfollowInstructor } from "./follow-instructor";

/**
 * The web's Follow / Unfollow button: follows (a hidden or missing profile: `not_found`) or
 * unfollows, then drops every instance's cached copy of the profile so its follower count is fresh.
 */
export async function setFollowing(input: { actor: Actor; instructorId: string; follow: boolean }): Promise<void> {
  const { actor, instructorId } = input;
  if (input.follow) await followInstructor({ actor, instructorId });
  else await unfollowInstructor({ actor, instructorId });
  await invalidateCachedInstructor(instructorId);
}
