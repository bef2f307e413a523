import "server-only";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import type { PolicyKindName } from "./kinds";
import { POLICY_VIEW_SELECT, toPolicyView, type PolicyView } from "./policy-view";

/** A version counts once it is published; drafts are never shown outside the operator's pages. */
const published = (now: Date) => ({ publishedAt: { not: null, lte: now } });

/** The version of a policy in force now: the newest published one whose effective date has come. */
export async function getCurrentPolicy(kind: PolicyKindName, locale: Locale, now = new Date()): Promise<PolicyView | null> {
  const row = await db.policyVersion.findFirst({
    where: { kind, ...published(now), effectiveAt: { lte: now } },
    orderBy: [{ effectiveAt: "desc" }, { version: "desc" }],
    select: POLICY_VIEW_SELECT,
  });
  return row ? toPolicyView(row, locale) : null;
}

/** The next published version that has not taken effect yet (the soonest), or null. */
export async function getUpcomingPolicy(kind: PolicyKindName, locale: Locale, now = new Date()): Promise<PolicyView | null> {
  const row = await db.policyVersion.findFirst({
    where: { kind, ...published(now), effectiveAt: { gt: now } },
    orderBy: [{ effectiveAt: "asc" }, { version: "asc" }],
    select: POLICY_VIEW_SELECT,
  });
  return row ? toPolicyView(row, locale) : null;
}

/** One published version by its number (past, current or upcoming); null for a draft or a missing one. */
export async function getPublishedPolicyVersion(kind: PolicyKindName, version: number, locale: Locale, now = new Date()): Promise<PolicyView | null> {
  const row = await db.policyVersion.findFirst({ where: { kind, version, ...published(now) }, select: POLICY_VIEW_SELECT });
  return row ? toPolicyView(row, locale) : null;
}

export type PolicyHistoryEntry = Pick<PolicyView, "id" | "version" | "title" | "effectiveAt" | "material" | "changeSummary"> & {
  status: "current" | "past" | "upcoming";
};

/** Every published version of a policy, newest first, each marked past, current or upcoming. */
export async function getPolicyHistory(kind: PolicyKindName, locale: Locale, now = new Date()): Promise<PolicyHistoryEntry[]> {
  const rows = await db.policyVersion.findMany({
    where: { kind, ...published(now) },
    orderBy: [{ effectiveAt: "desc" }, { version: "desc" }],
    select: POLICY_VIEW_SELECT,
  });
  let currentSeen = false;
  return rows.map((row) => {
    const view = toPolicyView(row, locale);
    let status: PolicyHistoryEntry["status"] = "past";
    if (view.effectiveAt > now) status = "upcoming";
    else if (!currentSeen) {
      currentSeen = true;
      status = "current";
    }
    return { id: view.id, version: view.version, title: view.title, effectiveAt: view.effectiveAt, material: view.material, changeSummary: view.changeSummary, status };
  });
}

export type PolicyPageData = { current: PolicyView | null; upcoming: PolicyView | null; history: PolicyHistoryEntry[] };

/** What a public policy page shows: the version in force, the announced next one and the history. */
export async function getPolicyPageData(kind: PolicyKindName, locale: Locale, now = new Date()): Promise<PolicyPageData> {
  const [current, upcoming, history] = await Promise.all([getCurrentPolicy(kind, locale, now), getUpcomingPolicy(kind, locale, now), getPolicyHistory(kind, locale, now)]);
  return { current, upcoming, history };
}
