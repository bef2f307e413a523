import { isValidElement, type ReactNode } from "react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { createUser } from "@/lib/testing/factories";
import { createPolicyVersion, DAY_MS, resetPolicies } from "@/lib/testing/policy-factories";
import { actorFor } from "@/lib/testing/staff-factories";

// The banner on every student page and its "I have read it" action, with the session mocked, the
// translations echoed as keys, and the real database.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/web-actor", () => ({ getWebActor: async () => session.actor }));
vi.mock("@/lib/i18n/current-locale", () => ({ currentLocale: async () => "en" }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace: string) => (key: string, values?: Record<string, unknown>) => `${namespace}.${key}${values?.title ? `:${String(values.title)}` : ""}`,
  getFormatter: async () => ({ dateTime: (date: Date) => date.toISOString() }),
}));

const { PolicyChangeBanner } = await import("@/components/privacy/policy-change-banner");
const { acknowledgePolicyAction } = await import("@/components/privacy/policy-change-actions");

const days = (n: number) => new Date(Date.now() + n * DAY_MS);

/** Every string and every form field value in a rendered element tree (server output, not HTML). */
function collect(node: ReactNode, out: { text: string[]; versionIds: string[] } = { text: [], versionIds: [] }) {
  if (typeof node === "string" || typeof node === "number") out.text.push(String(node));
  else if (Array.isArray(node)) for (const child of node) collect(child as ReactNode, out);
  else if (isValidElement<{ children?: ReactNode; name?: string; value?: string }>(node)) {
    if (node.props.name === "policyVersionId" && node.props.value) out.versionIds.push(node.props.value);
    collect(node.props.children, out);
  }
  return out;
}

const form = (policyVersionId: string) => {
  const data = new FormData();
  data.set("policyVersionId", policyVersionId);
  return data;
};

beforeEach(async () => {
  session.actor = null;
  await resetPolicies();
});

describe("policy S11: the policy change banner", () => {
  it("policy S11: a visitor sees announced material changes for information only; nothing outside the window", async () => {
    await createPolicyVersion({ effectiveAt: days(-300) });
    expect(await PolicyChangeBanner()).toBeNull();
    await createPolicyVersion({ effectiveAt: days(30), publishedAt: days(-1), material: true, summary: "Later" });
    expect(await PolicyChangeBanner()).toBeNull(); // published, but its notice window starts in 16 days
    await createPolicyVersion({ kind: "CHATBOT", effectiveAt: days(-300) });
    await createPolicyVersion({ kind: "CHATBOT", effectiveAt: days(7), publishedAt: days(-10), material: true, summary: "Bot change" });
    const shown = collect(await PolicyChangeBanner());
    expect(shown.text).toContain("Bot change");
    expect(shown.text).toContain("policies.banner.changes:CHATBOT policy v2");
    expect(shown.text).toContain("policies.banner.signIn");
    expect(shown.versionIds).toEqual([]);
  });

  it("policy S11: a signed-in student acknowledges with the form; the banner goes and stays gone; another user still sees it", async () => {
    await createPolicyVersion({ effectiveAt: days(-300) });
    const change = await createPolicyVersion({ effectiveAt: days(5), publishedAt: days(-20), material: true, summary: "Payments" });
    const [alice, bob] = await Promise.all([createUser({ createdAt: days(-100) }), createUser({ createdAt: days(-100) })]);
    session.actor = actorFor(alice);
    expect(collect(await PolicyChangeBanner()).versionIds).toEqual([change.id]);

    await acknowledgePolicyAction(form("not-a-uuid"));
    await acknowledgePolicyAction(form(crypto.randomUUID()));
    expect(await db.policyAcknowledgement.count()).toBe(0);

    await acknowledgePolicyAction(form(change.id));
    await acknowledgePolicyAction(form(change.id));
    expect(await db.policyAcknowledgement.count({ where: { userId: alice.id, policyVersionId: change.id } })).toBe(1);
    expect(await PolicyChangeBanner()).toBeNull();

    session.actor = actorFor(bob);
    expect(collect(await PolicyChangeBanner()).versionIds).toEqual([change.id]);
  });

  it("policy S11: the action sends a signed-out visitor to the login page and records nothing", async () => {
    const change = await createPolicyVersion({ effectiveAt: days(5), publishedAt: days(-20), material: true, summary: "x" });
    await expect(acknowledgePolicyAction(form(change.id))).rejects.toMatchObject({ digest: expect.stringContaining("NEXT_REDIRECT") });
    expect(await db.policyAcknowledgement.count()).toBe(0);
  });
});
