import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/http/errors";

/**
 * Records that the signed-in person has read a published policy version. Idempotent: a second
 * acknowledgement keeps the first time. A draft or an unknown id is not_found (drafts are invisible).
 */
export async function acknowledgePolicy({ actor, policyVersionId, now = new Date() }: { actor: Actor; policyVersionId: string; now?: Date }): Promise<void> {
  const version = await db.policyVersion.findFirst({ where: { id: policyVersionId, publishedAt: { not: null, lte: now } }, select: { id: true } });
  if (!version) throw new AppError("not_found");
  await db.policyAcknowledgement.createMany({ data: [{ userId: actor.userId, policyVersionId: version.id, acknowledgedAt: now }], skipDuplicates: true });
}
