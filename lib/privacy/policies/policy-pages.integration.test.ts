import { isValidElement, type ReactNode } from "react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createPolicyVersion, DAY_MS, resetPolicies } from "@/lib/testing/policy-factories";

// The public policy pages' server side with translations echoed as keys and the real database.
vi.mock("@/lib/i18n/current-locale", () => ({ currentLocale: async () => "my" }));
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace: string) => (key: string) => `${namespace}.${key}`,
  getFormatter: async () => ({ dateTime: (date: Date) => date.toISOString() }),
}));

const { default: VersionPage } = await import("@/app/(site)/privacy/history/[kind]/[version]/page");
const { default: PrivacyPage } = await import("@/app/(site)/privacy/page");
const { default: RefundPage } = await import("@/app/(site)/refund-policy/page");

const days = (n: number) => new Date(Date.now() + n * DAY_MS);

async function outcome(run: () => Promise<unknown>): Promise<unknown> {
  try {
    return await run();
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest !== "string") throw error;
    return digest;
  }
}

/** The props of every element in a tree (the page's direct output, before nested components run). */
function propsOf(node: ReactNode, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(node)) for (const child of node) propsOf(child as ReactNode, out);
  else if (isValidElement<Record<string, unknown>>(node)) {
    out.push(node.props);
    propsOf(node.props.children as ReactNode, out);
  }
  return out;
}

const version = (kind: string, number: string) => () => VersionPage({ params: Promise.resolve({ kind, version: number }) });

beforeEach(resetPolicies);

describe("policy S11: public policy pages", () => {
  it("policy S11: each published version is readable at its own address; drafts, unknown kinds and bad numbers are 404", async () => {
    await createPolicyVersion({ effectiveAt: days(-100) });
    await createPolicyVersion({ effectiveAt: days(20), publishedAt: days(-1), material: true, summary: "Clearer" });
    await createPolicyVersion({ effectiveAt: days(60), publishedAt: null });
    for (const [kind, number] of [["student", "3"], ["student", "9"], ["cookies", "1"], ["student", "0"], ["student", "1.5"], ["STUDENT", "1"]] as const) {
      expect(await outcome(version(kind, number))).toBe("NEXT_HTTP_ERROR_FALLBACK;404");
    }
    const first = propsOf((await version("student", "1")()) as ReactNode);
    expect(first.find((p) => p["data-status"])?.["data-status"]).toBe("current");
    const upcoming = propsOf((await version("student", "2")()) as ReactNode);
    expect(upcoming.find((p) => p["data-status"])?.["data-status"]).toBe("upcoming");
    const body = upcoming.find((p) => p.policy)?.policy as { body: string; changeSummary: string; bodyLocale: string };
    expect(body).toMatchObject({ bodyLocale: "my", changeSummary: "Clearer (မြန်မာ)", body: expect.stringContaining("မြန်မာ စာသား 2") });
  });

  it("policy S11: /privacy and /refund-policy pass the version in force, the announced one and the history", async () => {
    const current = await createPolicyVersion({ kind: "REFUND", effectiveAt: days(-10) });
    const next = await createPolicyVersion({ kind: "REFUND", effectiveAt: days(30), publishedAt: days(-1) });
    const refund = propsOf((await RefundPage()) as ReactNode)[0] as { policy: { id: string }; upcoming: { id: string }; history: { version: number; status: string }[] };
    expect(refund.policy.id).toBe(current.id);
    expect(refund.upcoming.id).toBe(next.id);
    expect(refund.history.map((entry) => [entry.version, entry.status])).toEqual([
      [2, "upcoming"],
      [1, "current"],
    ]);
    await createPolicyVersion({ effectiveAt: days(-10) });
    const sections = propsOf((await PrivacyPage()) as ReactNode).filter((p) => "policy" in p);
    expect(sections.map((p) => (p.policy as { kind: string } | null)?.kind ?? null)).toEqual(["STUDENT", null, null]);
  });
});
