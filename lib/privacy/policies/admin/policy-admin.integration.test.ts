import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { createUser } from "@/lib/testing/factories";
import { createPolicyVersion, DAY_MS, resetPolicies } from "@/lib/testing/policy-factories";
import { actorFor, createPlatformAdmin } from "@/lib/testing/staff-factories";
import { publishPolicyVersion } from "./publish-policy-version";

// The operator's /admin/policies pages and their server actions with the session mocked and the
// real database (translations echoed as keys); the publishing rules through the domain function with a pinned clock.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/web-actor", () => ({ getWebActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("@/lib/i18n/current-locale", () => ({ currentLocale: async () => "en" }));
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace: string) => (key: string) => `${namespace}.${key}`,
  getFormatter: async () => ({ dateTime: (date: Date) => date.toISOString() }),
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "Mozilla/5.0 Chrome/130.0", "x-request-id": "req-policies" }) }));

const { default: ListPage } = await import("@/app/admin/policies/page");
const { default: NewPage } = await import("@/app/admin/policies/new/page");
const { default: VersionPage } = await import("@/app/admin/policies/[id]/page");
const actions = await import("@/app/admin/policies/actions");

/** Next's digest of a thrown notFound()/redirect(), or the error itself. */
async function outcome(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
    return "rendered";
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest !== "string") throw error;
    return digest.startsWith("NEXT_REDIRECT") ? `redirect:${digest.split(";")[2]}` : digest;
  }
}

const myanmarLocal = (date: Date) => new Date(date.getTime() + 6.5 * 3_600_000).toISOString().slice(0, 16);

function draftForm(overrides: Record<string, string | null> = {}) {
  const fields: Record<string, string | null> = {
    kind: "STUDENT",
    titleEn: "Student Privacy Policy",
    titleMy: "ကျောင်းသားများအတွက် မူဝါဒ",
    bodyEn: "## 1. What we collect\n\nLess than before.",
    bodyMy: "## ၁။ စုဆောင်းသည့် အချက်အလက်\n\nယခင်ထက် နည်းသည်။",
    changeSummaryEn: "We collect less.",
    changeSummaryMy: "ယခင်ထက် နည်းနည်းသာ စုဆောင်းသည်။",
    effectiveAt: myanmarLocal(new Date(Date.now() + 20 * DAY_MS)),
    material: "on",
    ...overrides,
  };
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) if (value !== null) data.set(key, value);
  return data;
}

beforeEach(async () => {
  session.actor = null;
  await resetPolicies();
});

describe("policy S11: operator access", () => {
  it("policy S11: non-admins get 404 on every policy admin page; visitors go to the login page", async () => {
    const version = await createPolicyVersion({ effectiveAt: new Date(Date.now() - DAY_MS) });
    const list = () => ListPage({ searchParams: Promise.resolve({}) });
    const create = () => NewPage({ searchParams: Promise.resolve({}) });
    const view = () => VersionPage({ params: Promise.resolve({ id: version.id }), searchParams: Promise.resolve({}) });
    expect(await outcome(list)).toBe("redirect:/login?next=%2Fadmin%2Fpolicies");
    session.actor = actorFor(await createUser());
    expect(await outcome(list)).toBe("NEXT_HTTP_ERROR_FALLBACK;404");
    expect(await outcome(create)).toBe("NEXT_HTTP_ERROR_FALLBACK;404");
    expect(await outcome(view)).toBe("NEXT_HTTP_ERROR_FALLBACK;404");
  });

  it("policy S11: a non-admin's actions change nothing", async () => {
    session.actor = actorFor(await createUser());
    expect(await outcome(() => actions.createPolicyDraftAction(draftForm()))).toBe("redirect:/admin/policies/new?error=not_found&kind=STUDENT");
    const draft = await createPolicyVersion({ effectiveAt: new Date(Date.now() + 30 * DAY_MS), publishedAt: null });
    expect(await outcome(() => actions.publishPolicyVersionAction(draft.id))).toBe(`redirect:/admin/policies/${draft.id}?error=not_found`);
    expect(await outcome(() => actions.discardPolicyDraftAction(draft.id))).toBe(`redirect:/admin/policies/${draft.id}?error=not_found`);
    expect(await db.policyVersion.count()).toBe(1);
    expect((await db.policyVersion.findUniqueOrThrow({ where: { id: draft.id } })).publishedAt).toBeNull();
  });
});

describe("policy S11: drafting and publishing", () => {
  it("policy S11: an operator drafts, edits and publishes a material change; it is then immutable and logged", async () => {
    await createPolicyVersion({ effectiveAt: new Date(Date.now() - 100 * DAY_MS) });
    const admin = await createPlatformAdmin();
    session.actor = admin.actor;
    const created = await outcome(() => actions.createPolicyDraftAction(draftForm()));
    const draft = await db.policyVersion.findFirstOrThrow({ where: { kind: "STUDENT", publishedAt: null } });
    expect(created).toBe(`redirect:/admin/policies/${draft.id}?done=created`);
    expect(draft).toMatchObject({ version: 2, material: true, createdById: admin.user.id, changeSummaryMy: "ယခင်ထက် နည်းနည်းသာ စုဆောင်းသည်။" });
    // A second draft of the same policy waits for the first.
    expect(await outcome(() => actions.createPolicyDraftAction(draftForm()))).toBe("redirect:/admin/policies/new?error=draft_exists&kind=STUDENT");

    expect(await outcome(() => actions.updatePolicyDraftAction(draft.id, draftForm({ titleEn: "Student Privacy Policy (2027)" })))).toBe(`redirect:/admin/policies/${draft.id}?done=saved`);
    expect(await outcome(() => actions.publishPolicyVersionAction(draft.id))).toBe(`redirect:/admin/policies/${draft.id}?done=published`);
    const published = await db.policyVersion.findUniqueOrThrow({ where: { id: draft.id } });
    expect(published.titleEn).toBe("Student Privacy Policy (2027)");
    expect(published.publishedAt).not.toBeNull();

    // Published means immutable: editing, republishing and discarding are refused and change nothing.
    expect(await outcome(() => actions.updatePolicyDraftAction(draft.id, draftForm({ titleEn: "Rewritten" })))).toBe(`redirect:/admin/policies/${draft.id}?error=conflict`);
    expect(await outcome(() => actions.publishPolicyVersionAction(draft.id))).toBe(`redirect:/admin/policies/${draft.id}?error=conflict`);
    expect(await outcome(() => actions.discardPolicyDraftAction(draft.id))).toBe(`redirect:/admin/policies/${draft.id}?error=conflict`);
    expect(await db.policyVersion.findUniqueOrThrow({ where: { id: draft.id } })).toEqual(published);

    const logged = await db.activityLog.findMany({ where: { targetId: draft.id }, orderBy: { createdAt: "asc" }, select: { action: true, actorUserId: true, metadata: true } });
    expect(logged.map((entry) => entry.action)).toEqual(["policy.draft_created", "policy.draft_updated", "policy.published"]);
    expect(logged[2]).toMatchObject({ actorUserId: admin.user.id, metadata: { kind: "STUDENT", version: 2, material: true } });
    // The operator's pages render for an admin.
    expect(await outcome(() => ListPage({ searchParams: Promise.resolve({}) }))).toBe("rendered");
    expect(await outcome(() => VersionPage({ params: Promise.resolve({ id: draft.id }), searchParams: Promise.resolve({}) }))).toBe("rendered");
    expect(await outcome(() => VersionPage({ params: Promise.resolve({ id: "nope" }), searchParams: Promise.resolve({}) }))).toBe("NEXT_HTTP_ERROR_FALLBACK;404");
  });

  it("policy S11: bad input is refused with the field names and nothing is stored; a draft can be discarded", async () => {
    session.actor = (await createPlatformAdmin()).actor;
    expect(await outcome(() => actions.createPolicyDraftAction(draftForm({ titleMy: "  ", effectiveAt: "someday" })))).toBe(
      "redirect:/admin/policies/new?error=validation_failed&fields=titleMy%2CeffectiveAt&kind=STUDENT",
    );
    expect(await outcome(() => actions.createPolicyDraftAction(draftForm({ kind: "COOKIES" })))).toBe("redirect:/admin/policies/new?error=validation_failed&fields=kind&kind=COOKIES");
    expect(await db.policyVersion.count()).toBe(0);
    await outcome(() => actions.createPolicyDraftAction(draftForm({ kind: "REFUND" })));
    const draft = await db.policyVersion.findFirstOrThrow({ where: { kind: "REFUND" } });
    expect(await outcome(() => actions.discardPolicyDraftAction(draft.id))).toBe("redirect:/admin/policies?done=discarded");
    expect(await db.policyVersion.count()).toBe(0);
  });

  it("policy S11: notice window enforced at publish: a material change needs 14 days' notice and a bilingual summary", async () => {
    const { actor } = await createPlatformAdmin();
    const now = new Date("2026-12-01T00:00:00Z");
    await createPolicyVersion({ kind: "CHATBOT", effectiveAt: new Date("2026-06-01T00:00:00Z") });
    const short = await createPolicyVersion({ kind: "CHATBOT", effectiveAt: new Date(now.getTime() + 13 * DAY_MS), publishedAt: null, material: true, summary: "x" });
    await expect(publishPolicyVersion({ actor, id: short.id, now })).rejects.toMatchObject({ code: "validation_failed", details: [{ code: "notice_too_short" }] });
    // Exactly 14 days is enough.
    await db.policyVersion.update({ where: { id: short.id }, data: { effectiveAt: new Date(now.getTime() + 14 * DAY_MS), changeSummaryMy: null } });
    await expect(publishPolicyVersion({ actor, id: short.id, now })).rejects.toMatchObject({ details: [{ path: "changeSummary" }] });
    await db.policyVersion.update({ where: { id: short.id }, data: { changeSummaryMy: "ပြောင်းလဲချက်" } });
    await publishPolicyVersion({ actor, id: short.id, now });
    expect((await db.policyVersion.findUniqueOrThrow({ where: { id: short.id } })).publishedAt).toEqual(now);

    // A non-material change may take effect sooner, but never in the past nor before the latest published version.
    const past = await createPolicyVersion({ kind: "REFUND", effectiveAt: new Date(now.getTime() - DAY_MS), publishedAt: null });
    await expect(publishPolicyVersion({ actor, id: past.id, now })).rejects.toMatchObject({ details: [{ code: "effective_in_past" }] });
    await db.policyVersion.update({ where: { id: past.id }, data: { effectiveAt: new Date(now.getTime() + DAY_MS) } });
    await publishPolicyVersion({ actor, id: past.id, now });
    const early = await createPolicyVersion({ kind: "CHATBOT", effectiveAt: new Date(now.getTime() + 2 * DAY_MS), publishedAt: null });
    await expect(publishPolicyVersion({ actor, id: early.id, now })).rejects.toMatchObject({ details: [{ code: "before_previous_version" }] });
    await expect(publishPolicyVersion({ actor, id: crypto.randomUUID(), now })).rejects.toMatchObject({ code: "not_found" });
  });
});
