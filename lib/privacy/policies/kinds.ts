/**
 * The four policies, their public addresses and the notice rule (ADR 0033). Pure: shared by pages,
 * the API, the banner and the operator's forms.
 */
export const POLICY_KINDS = ["STUDENT", "CENTER_ADMIN", "CHATBOT", "REFUND"] as const;
export type PolicyKindName = (typeof POLICY_KINDS)[number];

/** A material change must be published at least this long before it takes effect, and is announced from then on. */
export const NOTICE_DAYS = 14;
const DAY_MS = 86_400_000;

const SLUGS: Record<PolicyKindName, string> = { STUDENT: "student", CENTER_ADMIN: "center-admin", CHATBOT: "chatbot", REFUND: "refund" };
const PAGES: Record<PolicyKindName, string> = { STUDENT: "/privacy", CENTER_ADMIN: "/privacy/center-admin", CHATBOT: "/privacy/chatbot", REFUND: "/refund-policy" };

export function policySlug(kind: PolicyKindName): string {
  return SLUGS[kind];
}

/** The kind a URL segment names, or null (an unknown segment is a 404, never a default). */
export function kindFromSlug(slug: string): PolicyKindName | null {
  return POLICY_KINDS.find((kind) => SLUGS[kind] === slug) ?? null;
}

/** Where the version in force of a policy is read. */
export function policyPagePath(kind: PolicyKindName): string {
  return PAGES[kind];
}

/** Where one published version (past, current or upcoming) stays readable. */
export function policyVersionPath(kind: PolicyKindName, version: number): string {
  return `/privacy/history/${SLUGS[kind]}/${version}`;
}

/** When a material change starts being announced: NOTICE_DAYS before it takes effect. */
export function noticeStartsAt(effectiveAt: Date): Date {
  return new Date(effectiveAt.getTime() - NOTICE_DAYS * DAY_MS);
}

/** True when a material version may take effect at `effectiveAt` if published at `publishedAt`. */
export function hasEnoughNotice(effectiveAt: Date, publishedAt: Date): boolean {
  return noticeStartsAt(effectiveAt).getTime() >= publishedAt.getTime();
}
