import "server-only";
import { db } from "@/lib/db";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";

export type PolicyKindName = "STUDENT" | "CENTER_ADMIN" | "CHATBOT" | "REFUND";

export type PolicyView = {
  kind: PolicyKindName;
  version: number;
  title: string;
  body: string;
  /** Language the body is written in: the requested one unless only the other exists. */
  bodyLocale: Locale;
  effectiveAt: Date;
  publishedAt: Date | null;
};

/** The version of a policy in force now: the newest published one whose effective date has come. */
export async function getCurrentPolicy(kind: PolicyKindName, locale: Locale, now = new Date()): Promise<PolicyView | null> {
  const row = await db.policyVersion.findFirst({
    where: { kind, publishedAt: { not: null, lte: now }, effectiveAt: { lte: now } },
    orderBy: [{ effectiveAt: "desc" }, { version: "desc" }],
    select: { kind: true, version: true, titleEn: true, titleMy: true, bodyEn: true, bodyMy: true, effectiveAt: true, publishedAt: true },
  });
  if (!row) return null;
  const preferred = locale === "my" ? row.bodyMy : row.bodyEn;
  return {
    kind: row.kind,
    version: row.version,
    title: localized(row.titleEn, row.titleMy, locale),
    body: localized(row.bodyEn, row.bodyMy, locale),
    bodyLocale: preferred?.trim() ? locale : locale === "my" ? "en" : "my",
    effectiveAt: row.effectiveAt,
    publishedAt: row.publishedAt,
  };
}
