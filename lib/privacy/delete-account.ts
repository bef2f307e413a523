import "server-only";
import { DEACTIVATION_STEPS } from "@/lib/account/deactivate-account";
import { logActivity } from "@/lib/audit/log-activity";
import { invalidatePublicReads } from "@/lib/cache/public-read-cache";
import { CATALOG_CACHE_PREFIX } from "@/lib/catalog/cached-catalog";
import { db, type Tx } from "@/lib/db";
import type { ClientInfo } from "@/lib/http/client-info";
import { AppError } from "@/lib/http/errors";
import { log } from "@/lib/log";
import { anonymizeInstructorProfile, anonymizeUserRow, forgetSessionDetails } from "./deletion/anonymize-profile";
import { readDeletionSubject, type DeletionStep } from "./deletion/deletion-context";
import { deleteLinkedConversations, deleteNotificationsAndFollows, detachActivity, redactSupportRequests } from "./deletion/detach-records";
import { forgetContactRecords, forgetDevMessages } from "./deletion/forget-contacts";
import { retirePersonalFiles } from "./deletion/media-delete";

export type DeletionReason = "USER_REQUEST" | "CHILD_REPORT" | "OPERATOR";

export type DeleteAccountInput = {
  userId: string;
  reason: DeletionReason;
  /** Who asked: the person themself, or the operator acting on a report. */
  actorUserId?: string;
  /** Accepted for the callers' convenience, but never recorded: the deletion's own log entries carry no network data. */
  client?: ClientInfo;
  /** Run inside the caller's transaction (e.g. with the report that caused it); otherwise one of its own. */
  tx?: Tx;
};

/**
 * Deactivation first (last-owner refusal, memberships, every session/refresh/push token,
 * Telegram), then forgetting, in this order: later steps rely on earlier ones (the activity-log
 * scrub runs after the membership entries are written). docs/decisions/0034 lists every table.
 */
export const DELETION_STEPS: readonly DeletionStep[] = [
  ...DEACTIVATION_STEPS,
  anonymizeUserRow,
  anonymizeInstructorProfile,
  forgetSessionDetails,
  retirePersonalFiles,
  forgetContactRecords,
  forgetDevMessages,
  deleteNotificationsAndFollows,
  deleteLinkedConversations,
  redactSupportRequests,
  detachActivity,
];

/** No network or device data on the entries a deletion writes: they outlive the person. */
const NO_CLIENT: ClientInfo = {
  ip: null, country: null, userAgent: null, deviceType: null, os: null, browser: null, appVersion: null, platform: null, deviceModel: null, requestId: null,
};

/**
 * Delete My Account (policy S6, S9; flows.md flow 5): in one transaction deactivates the account,
 * revokes every sign-in and token, and anonymizes the person's identifiers everywhere, keeping
 * orders and ledger entries without identity. Idempotent: an account already deleted answers
 * `{ deleted: false }` and nothing changes. Refused (`conflict`, reason last_owner) while the
 * person is the last owner of a center; `not_found` for an unknown id.
 */
export async function deleteAccount(input: DeleteAccountInput): Promise<{ deleted: boolean }> {
  const result = input.tx ? await deleteInside(input.tx, input) : await db.$transaction((tx) => deleteInside(tx, input));
  if (result.deleted) {
    // Public instructor pages and lists may show this person: drop every instance's cached copies
    // (inside the caller's transaction the other instances are told when it commits).
    await invalidatePublicReads(CATALOG_CACHE_PREFIX, input.tx);
    log.info("account.deleted", { reason: input.reason });
  }
  return result;
}

async function deleteInside(tx: Tx, input: DeleteAccountInput): Promise<{ deleted: boolean }> {
  const { userId } = input;
  const now = new Date();
  // Row lock: two deletions of one person run one after the other, and the second changes nothing.
  const claimed = await tx.user.updateMany({ where: { id: userId, status: { not: "DELETED" } }, data: { status: "DELETED" } });
  if (claimed.count === 0) {
    if (await tx.user.count({ where: { id: userId } })) return { deleted: false };
    throw new AppError("not_found");
  }
  const subject = await readDeletionSubject(tx, userId);
  const context = { tx, userId, now, client: NO_CLIENT, action: "account.deleted", revokedReason: "ACCOUNT_DELETED" as const, subject };
  for (const step of DELETION_STEPS) await step(context);
  // The record that it happened, without identity: the id points at the anonymized row.
  await tx.privacyRequest.create({
    data: { kind: "DELETION", status: "COMPLETED", subjectUserId: userId, note: input.reason, handledById: input.actorUserId ?? null, completedAt: now },
    select: { id: true },
  });
  await logActivity(tx, {
    action: "account.deleted",
    actorUserId: input.actorUserId ?? userId,
    targetType: "user",
    targetId: userId,
    metadata: { reason: input.reason },
  });
  return { deleted: true };
}
