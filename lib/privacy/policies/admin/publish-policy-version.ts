import "server-only";
import { logActivity } from "@/lib/audit/log-activity";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { ClientInfo } from "@/lib/http/client-info";
import { AppError } from "@/lib/http/errors";
import { hasEnoughNotice, NOTICE_DAYS } from "../kinds";
import { requireOperator, requireUuid } from "./require-operator";
import { missingOrPublished } from "./save-policy-draft";

const refuse = (code: string, message: string) => new AppError("validation_failed", { details: [{ path: "effectiveAt", code, message }] });

/**
 * Publishes a draft: from now on it is immutable, listed in the history and (when it is material)
 * announced. Rules (ADR 0033): it takes effect in the future and after the latest published
 * version of its kind; a material change is published at least NOTICE_DAYS before it takes effect
 * and says what changed in both languages.
 */
export async function publishPolicyVersion({ actor, id, client, now = new Date() }: { actor: Actor; id: string; client?: ClientInfo; now?: Date }): Promise<void> {
  requireOperator(actor);
  requireUuid(id);
  await db.$transaction(async (tx) => {
    const draft = await tx.policyVersion.findFirst({ where: { id, publishedAt: null } });
    if (!draft) throw await missingOrPublished(tx, id);
    if (draft.effectiveAt <= now) throw refuse("effective_in_past", "A new version takes effect in the future.");
    const previous = await tx.policyVersion.findFirst({ where: { kind: draft.kind, publishedAt: { not: null } }, orderBy: { effectiveAt: "desc" }, select: { effectiveAt: true } });
    if (previous && draft.effectiveAt <= previous.effectiveAt) throw refuse("before_previous_version", "It must take effect after the latest published version.");
    if (draft.material && !hasEnoughNotice(draft.effectiveAt, now)) throw refuse("notice_too_short", `A material change needs at least ${NOTICE_DAYS} days' notice.`);
    if (draft.material && !(draft.changeSummaryEn?.trim() && draft.changeSummaryMy?.trim())) {
      throw new AppError("validation_failed", { details: [{ path: "changeSummary", code: "required", message: "A material change says what changed, in English and Burmese." }] });
    }
    // The draft condition again: a concurrent publish of the same draft changes nothing twice.
    const { count } = await tx.policyVersion.updateMany({ where: { id, publishedAt: null }, data: { publishedAt: now } });
    if (count === 0) throw new AppError("conflict", { details: { reason: "published_is_immutable" } });
    await logActivity(tx, { action: "policy.published", actorUserId: actor.userId, targetType: "PolicyVersion", targetId: id, client, metadata: { kind: draft.kind, version: draft.version, material: draft.material } });
  });
}
