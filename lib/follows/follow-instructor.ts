import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { publicInstructorWhere } from "@/lib/catalog/get-instructor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/http/errors";

/**
 * Follows an instructor with a public profile (policy S1.1c: the Follow row and its time are the
 * record). Idempotent: following twice leaves one row. A hidden or missing profile: `not_found`.
 */
export async function followInstructor(input: { actor: Actor; instructorId: string }): Promise<null> {
  const { actor, instructorId } = input;
  const profile = await db.instructorProfile.findFirst({ where: { id: instructorId, ...publicInstructorWhere }, select: { id: true } });
  if (!profile) throw new AppError("not_found");
  await db.follow.createMany({ data: [{ userId: actor.userId, instructorId }], skipDuplicates: true });
  return null;
}

/** Stops following. Idempotent: not following (or no such instructor) is already the wanted state. */
export async function unfollowInstructor(input: { actor: Actor; instructorId: string }): Promise<null> {
  await db.follow.deleteMany({ where: { userId: input.actor.userId, instructorId: input.instructorId } });
  return null;
}
