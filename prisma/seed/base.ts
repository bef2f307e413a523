import { lockSeed, type SeedClient } from "./client.ts";
import { loadPolicySeeds, POLICY_V1_EFFECTIVE_AT } from "./policy-versions.ts";
import { CATEGORIES, PROFESSIONS } from "./taxonomy.ts";

export type BaseSeedResult = { categories: number; professions: number; policyVersions: number };

/**
 * Data every installation needs, production included: categories, professions and version 1 of
 * each policy. Idempotent: upserts on natural keys (slug; kind + version). Taxonomy names follow
 * this file on every run; a policy version, once written, is never changed here (a published
 * version is immutable: new text is a new version).
 */
export async function seedBase(db: SeedClient): Promise<BaseSeedResult> {
  const policies = await loadPolicySeeds(); // read before the transaction: no lock held during file IO
  return db.$transaction(
    async (tx) => {
      await lockSeed(tx);
      for (const [position, { slug, nameEn, nameMy }] of CATEGORIES.entries()) {
        await tx.category.upsert({
          where: { slug },
          create: { slug, nameEn, nameMy, position },
          update: { nameEn, nameMy, position },
        });
      }
      for (const [position, { slug, nameEn, nameMy }] of PROFESSIONS.entries()) {
        await tx.profession.upsert({
          where: { slug },
          create: { slug, nameEn, nameMy, position },
          update: { nameEn, nameMy, position },
        });
      }
      for (const policy of policies) {
        await tx.policyVersion.upsert({
          where: { kind_version: { kind: policy.kind, version: 1 } },
          create: {
            ...policy,
            version: 1,
            effectiveAt: POLICY_V1_EFFECTIVE_AT,
            publishedAt: POLICY_V1_EFFECTIVE_AT,
            material: false,
          },
          update: {},
        });
      }
      return { categories: CATEGORIES.length, professions: PROFESSIONS.length, policyVersions: policies.length };
    },
    { maxWait: 30_000, timeout: 60_000 },
  );
}
