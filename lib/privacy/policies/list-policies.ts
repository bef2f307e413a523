import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/locales";
import { getCurrentPolicy, getUpcomingPolicy } from "./get-policies";
import { POLICY_KINDS, policyPagePath, policyVersionPath } from "./kinds";
import { pendingAcknowledgements } from "./pending-acknowledgements";
import type { PolicyListDto } from "./policy-dto";

const absolute = (path: string) => new URL(path, env().APP_URL).toString();

/**
 * The policies in force with their announced next versions (GET /api/v1/policies). A signed-in
 * caller learns which of them they must acknowledge; an anonymous one never does.
 */
export async function listPolicies({ actor, locale, now = new Date() }: { actor: Actor | null; locale: Locale; now?: Date }): Promise<PolicyListDto> {
  const [perKind, pending] = await Promise.all([
    Promise.all(POLICY_KINDS.map(async (kind) => ({ kind, current: await getCurrentPolicy(kind, locale, now), upcoming: await getUpcomingPolicy(kind, locale, now) }))),
    actor ? pendingAcknowledgements(actor.userId, now, locale) : Promise.resolve([]),
  ]);
  const mustAcknowledge = new Set(pending.map((notice) => notice.id));
  const items = perKind.flatMap(({ kind, current, upcoming }) =>
    current
      ? [
          {
            id: current.id,
            kind,
            version: current.version,
            title: current.title,
            effectiveAt: current.effectiveAt.toISOString(),
            material: current.material,
            url: absolute(policyPagePath(kind)),
            mustAcknowledge: mustAcknowledge.has(current.id),
            upcoming: upcoming
              ? {
                  id: upcoming.id,
                  version: upcoming.version,
                  title: upcoming.title,
                  effectiveAt: upcoming.effectiveAt.toISOString(),
                  material: upcoming.material,
                  changeSummary: upcoming.changeSummary,
                  url: absolute(policyVersionPath(kind, upcoming.version)),
                  mustAcknowledge: mustAcknowledge.has(upcoming.id),
                }
              : null,
          },
        ]
      : [],
  );
  return { items };
}
