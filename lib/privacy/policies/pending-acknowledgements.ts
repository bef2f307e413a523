import "server-only";
import { db } from "@/lib/db";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";
import { noticeStartsAt, NOTICE_DAYS, policyVersionPath, type PolicyKindName } from "./kinds";

/** A material change as the banner and the API announce it. */
export type PolicyChangeNotice = {
  id: string;
  kind: PolicyKindName;
  version: number;
  title: string;
  changeSummary: string | null;
  effectiveAt: Date;
  /** Site path of the version's text. */
  path: string;
};

const DAY_MS = 86_400_000;

/**
 * Who is asked to acknowledge a kind (ADR 0033): everyone for the student and refund policies,
 * active center staff for the center-admin policy, nobody for the chatbot policy (its people are
 * Messenger PSIDs without an account; the change is still announced to every visitor).
 */
async function audienceKinds(userId: string): Promise<Set<PolicyKindName>> {
  const staff = await db.centerMembership.count({ where: { userId, status: "ACTIVE" } });
  return new Set<PolicyKindName>(staff > 0 ? ["STUDENT", "REFUND", "CENTER_ADMIN"] : ["STUDENT", "REFUND"]);
}

/** Material versions in their notice window or in force, not yet replaced by a newer version in force. */
async function liveMaterialVersions(now: Date) {
  const rows = await db.policyVersion.findMany({
    where: { material: true, publishedAt: { not: null, lte: now }, effectiveAt: { lte: new Date(now.getTime() + NOTICE_DAYS * DAY_MS) } },
    orderBy: [{ effectiveAt: "asc" }, { version: "asc" }],
    select: { id: true, kind: true, version: true, titleEn: true, titleMy: true, changeSummaryEn: true, changeSummaryMy: true, effectiveAt: true },
  });
  if (rows.length === 0) return [];
  // The newest effective date already reached per kind: anything older has been superseded.
  const inForce = await db.policyVersion.groupBy({ by: ["kind"], where: { publishedAt: { not: null, lte: now }, effectiveAt: { lte: now } }, _max: { effectiveAt: true } });
  const currentSince = new Map(inForce.map((group) => [group.kind, group._max.effectiveAt]));
  return rows.filter((row) => noticeStartsAt(row.effectiveAt) <= now && row.effectiveAt >= (currentSince.get(row.kind) ?? row.effectiveAt));
}

function toNotice(row: Awaited<ReturnType<typeof liveMaterialVersions>>[number], locale: Locale): PolicyChangeNotice {
  const summary = localized(row.changeSummaryEn, row.changeSummaryMy, locale);
  return {
    id: row.id,
    kind: row.kind,
    version: row.version,
    title: localized(row.titleEn, row.titleMy, locale),
    changeSummary: summary.trim() ? summary : null,
    effectiveAt: row.effectiveAt,
    path: policyVersionPath(row.kind, row.version),
  };
}

/**
 * The material changes a user still has to acknowledge: announced (notice window started) or in
 * force, not superseded, for a policy that concerns them, that took effect after they signed up
 * (someone who joined later accepted that version at sign-up), and not acknowledged yet.
 */
export async function pendingAcknowledgements(userId: string, now = new Date(), locale: Locale = "en"): Promise<PolicyChangeNotice[]> {
  const live = await liveMaterialVersions(now);
  if (live.length === 0) return [];
  const [user, kinds, acknowledged] = await Promise.all([
    db.user.findUnique({ where: { id: userId }, select: { createdAt: true } }),
    audienceKinds(userId),
    db.policyAcknowledgement.findMany({ where: { userId, policyVersionId: { in: live.map((row) => row.id) } }, select: { policyVersionId: true } }),
  ]);
  if (!user) return [];
  const done = new Set(acknowledged.map((ack) => ack.policyVersionId));
  return live.filter((row) => kinds.has(row.kind) && row.effectiveAt > user.createdAt && !done.has(row.id)).map((row) => toNotice(row, locale));
}

/** Material changes announced but not yet in force: what a signed-out visitor is told about. */
export async function announcedChanges(now = new Date(), locale: Locale = "en"): Promise<PolicyChangeNotice[]> {
  const live = await liveMaterialVersions(now);
  return live.filter((row) => row.effectiveAt > now).map((row) => toNotice(row, locale));
}
