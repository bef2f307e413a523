import "server-only";
import { capped, TAKE, type ExportContext } from "./export-context";
import type { ExportDocument } from "./export-dto";
import { iso, isoOrNull } from "./export-primitives";

/** Which policy versions the user acknowledged, and when (S11). */
export async function collectPolicyAcknowledgements(ctx: ExportContext): Promise<ExportDocument["policyAcknowledgements"]> {
  const rows = await ctx.tx.policyAcknowledgement.findMany({
    where: { userId: ctx.userId },
    select: { acknowledgedAt: true, policyVersion: { select: { kind: true, version: true, effectiveAt: true } } },
    orderBy: { acknowledgedAt: "desc" },
    take: TAKE,
  });
  return capped(ctx, "policyAcknowledgements", rows).map((a) => ({
    policy: a.policyVersion.kind,
    version: a.policyVersion.version,
    effectiveAt: iso(a.policyVersion.effectiveAt),
    acknowledgedAt: iso(a.acknowledgedAt),
  }));
}

/**
 * Consents the user gave: the age confirmation at sign-up (S9) and marketing on Messenger (M4),
 * one entry per linked conversation. Notification choices are in notificationPreferences.
 */
export async function collectConsents(ctx: ExportContext, ageConfirmedAt: string | null): Promise<ExportDocument["consents"]> {
  const conversations = await ctx.tx.messengerConversation.findMany({
    where: { userId: ctx.userId, OR: [{ consentedAt: { not: null } }, { consentWithdrawnAt: { not: null } }, { marketingConsent: true }] },
    select: { marketingConsent: true, consentedAt: true, consentWithdrawnAt: true },
    orderBy: { createdAt: "asc" },
    take: TAKE,
  });
  return [
    { kind: "AGE_13_OR_OLDER", given: ageConfirmedAt !== null, givenAt: ageConfirmedAt, withdrawnAt: null },
    ...conversations.map((c) => ({
      kind: "MESSENGER_MARKETING" as const,
      given: c.marketingConsent,
      givenAt: isoOrNull(c.consentedAt),
      withdrawnAt: isoOrNull(c.consentWithdrawnAt),
    })),
  ];
}

/**
 * Privacy requests about the user (exports, deletion, child reports). The operator's note and a
 * child report's reporter are another person's words and are left out.
 */
export async function collectPrivacyRequests(ctx: ExportContext): Promise<ExportDocument["privacyRequests"]> {
  const rows = await ctx.tx.privacyRequest.findMany({
    where: { subjectUserId: ctx.userId },
    select: { kind: true, status: true, confirmationCode: true, createdAt: true, completedAt: true },
    orderBy: { createdAt: "desc" },
    take: TAKE,
  });
  return capped(ctx, "privacyRequests", rows).map((r) => ({ ...r, createdAt: iso(r.createdAt), completedAt: isoOrNull(r.completedAt) }));
}

/** Usage analytics events (S1.2): screens, features, search terms; country only. */
export async function collectUsageEvents(ctx: ExportContext): Promise<ExportDocument["usageEvents"]> {
  const rows = await ctx.tx.usageEvent.findMany({
    where: { userId: ctx.userId },
    select: { name: true, screen: true, props: true, at: true, receivedAt: true, platform: true, appVersion: true, country: true },
    orderBy: { at: "desc" },
    take: TAKE,
  });
  return capped(ctx, "usageEvents", rows).map((e) => ({ ...e, props: e.props ?? null, at: iso(e.at), receivedAt: iso(e.receivedAt) }));
}
