import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/http/errors";

/**
 * Unregisters one of the caller's push tokens. Another person's token answers exactly like an
 * unknown one (not_found) and stays: the delete is scoped to the caller in the query itself.
 */
export async function deleteDevice({ actor, token }: { actor: Actor; token: string }): Promise<null> {
  const { count } = await db.deviceToken.deleteMany({ where: { token, userId: actor.userId } });
  if (count === 0) throw new AppError("not_found");
  return null;
}
