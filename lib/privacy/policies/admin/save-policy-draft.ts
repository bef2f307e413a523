import "server-only";
import { logActivity } from "@/lib/audit/log-activity";
import type { Actor } from "@/lib/auth/actor";
import { db, type Tx } from "@/lib/db";
import type { ClientInfo } from "@/lib/http/client-info";
import { AppError } from "@/lib/http/errors";
import { policyDraftInput, policyDraftUpdateInput } from "./policy-draft-input";
import { parseOrThrow, requireOperator, requireUuid } from "./require-operator";

type Options = { actor: Actor; client?: ClientInfo };

/**
 * Starts the next version of a policy as a draft. One draft per kind at a time: its number is
 * taken now, so a second draft could otherwise be published out of order.
 */
export async function createPolicyDraft({ actor, client, input }: Options & { input: unknown }): Promise<{ id: string; version: number }> {
  requireOperator(actor);
  const data = parseOrThrow(policyDraftInput, input);
  return db.$transaction(async (tx) => {
    const [draft, latest] = await Promise.all([
      tx.policyVersion.findFirst({ where: { kind: data.kind, publishedAt: null }, select: { id: true } }),
      tx.policyVersion.aggregate({ where: { kind: data.kind }, _max: { version: true } }),
    ]);
    if (draft) throw new AppError("conflict", { details: { reason: "draft_exists", draftId: draft.id } });
    const version = (latest._max.version ?? 0) + 1;
    // A concurrent create of the same number fails on the (kind, version) unique key → 409.
    const row = await tx.policyVersion.create({ data: { ...data, version, createdById: actor.userId }, select: { id: true, version: true } });
    await logActivity(tx, { action: "policy.draft_created", actorUserId: actor.userId, targetType: "PolicyVersion", targetId: row.id, client, metadata: { kind: data.kind, version } });
    return row;
  });
}

/** Rewrites a draft. A published version is immutable: editing it is a conflict, never a change. */
export async function updatePolicyDraft({ actor, client, id, input }: Options & { id: string; input: unknown }): Promise<void> {
  requireOperator(actor);
  requireUuid(id);
  const data = parseOrThrow(policyDraftUpdateInput, input);
  await db.$transaction(async (tx) => {
    const { count } = await tx.policyVersion.updateMany({ where: { id, publishedAt: null }, data });
    if (count === 0) throw await missingOrPublished(tx, id);
    await logActivity(tx, { action: "policy.draft_updated", actorUserId: actor.userId, targetType: "PolicyVersion", targetId: id, client });
  });
}

/** Throws away a draft (never a published version). */
export async function discardPolicyDraft({ actor, client, id }: Options & { id: string }): Promise<void> {
  requireOperator(actor);
  requireUuid(id);
  await db.$transaction(async (tx) => {
    const { count } = await tx.policyVersion.deleteMany({ where: { id, publishedAt: null } });
    if (count === 0) throw await missingOrPublished(tx, id);
    await logActivity(tx, { action: "policy.draft_discarded", actorUserId: actor.userId, targetType: "PolicyVersion", targetId: id, client });
  });
}

/** Why a draft-only write matched nothing: the id is unknown (404) or already published (409). */
export async function missingOrPublished(tx: Tx, id: string): Promise<AppError> {
  const exists = await tx.policyVersion.findUnique({ where: { id }, select: { id: true } });
  return exists ? new AppError("conflict", { details: { reason: "published_is_immutable" } }) : new AppError("not_found");
}
