import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";

/** Whether the actor follows the instructor: the personal half of a profile page, never cached. */
export async function isFollowing(input: { actor: Actor; instructorId: string }): Promise<boolean> {
  const row = await db.follow.findUnique({
    where: { userId_instructorId: { userId: input.actor.userId, instructorId: input.instructorId } },
    select: { id: true },
  });
  return row !== null;
}
