import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { POLICY_KINDS, type PolicyKindName } from "../kinds";
import { requireOperator, requireUuid } from "./require-operator";

export type PolicyVersionRow = {
  id: string;
  kind: PolicyKindName;
  version: number;
  titleEn: string | null;
  titleMy: string | null;
  effectiveAt: Date;
  publishedAt: Date | null;
  material: boolean;
  acknowledgements: number;
  status: "DRAFT" | "UPCOMING" | "CURRENT" | "PAST";
};

/** Every version of every policy (drafts included), grouped by kind, newest first: the operator's list. */
export async function listPolicyVersions(actor: Actor, now = new Date()): Promise<Record<PolicyKindName, PolicyVersionRow[]>> {
  requireOperator(actor);
  const rows = await db.policyVersion.findMany({
    orderBy: [{ kind: "asc" }, { effectiveAt: "desc" }, { version: "desc" }],
    select: { id: true, kind: true, version: true, titleEn: true, titleMy: true, effectiveAt: true, publishedAt: true, material: true, _count: { select: { acknowledgements: true } } },
  });
  const grouped = Object.fromEntries(POLICY_KINDS.map((kind) => [kind, [] as PolicyVersionRow[]])) as Record<PolicyKindName, PolicyVersionRow[]>;
  const currentSeen = new Set<PolicyKindName>();
  for (const { _count, ...row } of rows) {
    grouped[row.kind].push({ ...row, acknowledgements: _count.acknowledgements, status: statusOf(row, now, currentSeen) });
  }
  return grouped;
}

/** One version with its full bilingual text, for the operator's edit or read-only view. */
export async function getPolicyVersionForOperator(actor: Actor, id: string) {
  requireOperator(actor);
  requireUuid(id);
  return db.policyVersion.findUnique({
    where: { id },
    select: {
      id: true,
      kind: true,
      version: true,
      titleEn: true,
      titleMy: true,
      bodyEn: true,
      bodyMy: true,
      changeSummaryEn: true,
      changeSummaryMy: true,
      effectiveAt: true,
      publishedAt: true,
      material: true,
      _count: { select: { acknowledgements: true } },
    },
  });
}

/** Rows arrive newest effective date first, so the first published one already in force is current. */
function statusOf(row: { kind: PolicyKindName; publishedAt: Date | null; effectiveAt: Date }, now: Date, currentSeen: Set<PolicyKindName>): PolicyVersionRow["status"] {
  if (!row.publishedAt || row.publishedAt > now) return "DRAFT";
  if (row.effectiveAt > now) return "UPCOMING";
  if (currentSeen.has(row.kind)) return "PAST";
  currentSeen.add(row.kind);
  return "CURRENT";
}
