import { db } from "@/lib/db";
import type { PolicyKindName } from "@/lib/privacy/policies/kinds";

export const DAY_MS = 86_400_000;

type VersionOptions = {
  kind?: PolicyKindName;
  effectiveAt: Date;
  /** null = a draft; default: published at the effective date. */
  publishedAt?: Date | null;
  material?: boolean;
  summary?: string | null;
};

/** A policy version with the next number of its kind and bilingual text naming the number. */
export async function createPolicyVersion({ kind = "STUDENT", effectiveAt, publishedAt, material = false, summary = null }: VersionOptions) {
  const latest = await db.policyVersion.aggregate({ where: { kind }, _max: { version: true } });
  const version = (latest._max.version ?? 0) + 1;
  return db.policyVersion.create({
    data: {
      kind,
      version,
      effectiveAt,
      publishedAt: publishedAt === undefined ? effectiveAt : publishedAt,
      material,
      titleEn: `${kind} policy v${version}`,
      titleMy: `${kind} မူဝါဒ v${version}`,
      bodyEn: `## Terms v${version}\n\nEnglish text ${version}.`,
      bodyMy: `## စည်းကမ်း v${version}\n\nမြန်မာ စာသား ${version}။`,
      changeSummaryEn: summary,
      changeSummaryMy: summary ? `${summary} (မြန်မာ)` : null,
    },
  });
}

/** Clears this test file's policies (each integration file has a database of its own). */
export async function resetPolicies(): Promise<void> {
  await db.policyAcknowledgement.deleteMany();
  await db.policyVersion.deleteMany();
}
