import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createCenter, createUser } from "@/lib/testing/factories";
import { createPolicyVersion, DAY_MS, resetPolicies } from "@/lib/testing/policy-factories";
import { actorFor } from "@/lib/testing/staff-factories";
import { acknowledgePolicy } from "./acknowledge-policy";
import { getCurrentPolicy, getPolicyHistory, getPolicyPageData, getPublishedPolicyVersion, getUpcomingPolicy } from "./get-policies";
import { announcedChanges, pendingAcknowledgements } from "./pending-acknowledgements";

const NOW = new Date("2026-11-25T06:00:00Z");
const days = (n: number) => new Date(NOW.getTime() + n * DAY_MS);

beforeEach(resetPolicies);

describe("policy S11: versions and history", () => {
  it("policy S11: the current version is the newest in force; drafts and future versions are not current", async () => {
    const v1 = await createPolicyVersion({ effectiveAt: days(-200) });
    const v2 = await createPolicyVersion({ effectiveAt: days(-30), summary: "Clearer retention" });
    const v3 = await createPolicyVersion({ effectiveAt: days(20), publishedAt: days(-1), material: true, summary: "New processor" });
    await createPolicyVersion({ effectiveAt: days(60), publishedAt: null });
    expect((await getCurrentPolicy("STUDENT", "en", NOW))?.id).toBe(v2.id);
    expect((await getUpcomingPolicy("STUDENT", "my", NOW))).toMatchObject({ id: v3.id, changeSummary: "New processor (မြန်မာ)", material: true, title: "STUDENT မူဝါဒ v3" });
    const history = await getPolicyHistory("STUDENT", "en", NOW);
    expect(history.map((entry) => [entry.version, entry.status])).toEqual([
      [3, "upcoming"],
      [2, "current"],
      [1, "past"],
    ]);
    expect((await getPublishedPolicyVersion("STUDENT", 1, "en", NOW))?.id).toBe(v1.id);
    expect(await getPublishedPolicyVersion("STUDENT", 4, "en", NOW)).toBeNull(); // the draft
    expect(await getCurrentPolicy("CHATBOT", "en", NOW)).toBeNull();
    // Once v3's date comes it is current without anyone touching it.
    expect((await getPolicyPageData("STUDENT", "en", days(21))).current?.id).toBe(v3.id);
    expect((await getPolicyPageData("STUDENT", "en", days(21))).upcoming).toBeNull();
  });

  it("policy S11: a body missing in the reader's language falls back to the other and says so", async () => {
    const v1 = await createPolicyVersion({ kind: "REFUND", effectiveAt: days(-1) });
    await db.policyVersion.update({ where: { id: v1.id }, data: { bodyMy: null } });
    expect(await getCurrentPolicy("REFUND", "my", NOW)).toMatchObject({ bodyLocale: "en", body: expect.stringContaining("English text") });
  });
});

describe("policy S11: pending acknowledgements", () => {
  it("policy S11: a material change is pending from the start of its notice window until acknowledged", async () => {
    const user = await createUser({ createdAt: days(-100) });
    await createPolicyVersion({ effectiveAt: days(-90) });
    const material = await createPolicyVersion({ effectiveAt: days(20), publishedAt: days(-10), material: true, summary: "Analytics" });
    // 20 days ahead: the 14-day window has not started.
    expect(await pendingAcknowledgements(user.id, NOW)).toEqual([]);
    expect(await announcedChanges(NOW)).toEqual([]);
    const inWindow = days(7);
    expect((await pendingAcknowledgements(user.id, inWindow)).map((n) => n.id)).toEqual([material.id]);
    expect(await announcedChanges(inWindow, "en")).toMatchObject([{ id: material.id, changeSummary: "Analytics", path: "/privacy/history/student/2" }]);
    // After the effective date it is still pending for this user (but no longer "announced").
    expect((await pendingAcknowledgements(user.id, days(25))).map((n) => n.id)).toEqual([material.id]);
    expect(await announcedChanges(days(25))).toEqual([]);
    await acknowledgePolicy({ actor: actorFor(user), policyVersionId: material.id, now: inWindow });
    await acknowledgePolicy({ actor: actorFor(user), policyVersionId: material.id, now: days(8) });
    expect(await pendingAcknowledgements(user.id, days(25))).toEqual([]);
    const acks = await db.policyAcknowledgement.findMany({ where: { userId: user.id } });
    expect(acks).toHaveLength(1);
    expect(acks[0]?.acknowledgedAt).toEqual(inWindow); // the first acknowledgement is kept
  });

  it("policy S11: non-material, superseded, later-joined and other audiences are not asked", async () => {
    const student = await createUser({ createdAt: days(-400) });
    const newcomer = await createUser({ createdAt: days(-5) });
    const old = await createPolicyVersion({ effectiveAt: days(-300), publishedAt: days(-320), material: true, summary: "Old" });
    await createPolicyVersion({ effectiveAt: days(-100), material: false });
    const recent = await createPolicyVersion({ effectiveAt: days(-10), publishedAt: days(-30), material: true, summary: "Recent" });
    await createPolicyVersion({ kind: "CHATBOT", effectiveAt: days(5), publishedAt: days(-20), material: true, summary: "Bot" });
    const admin = await createPolicyVersion({ kind: "CENTER_ADMIN", effectiveAt: days(5), publishedAt: days(-20), material: true, summary: "Admins" });
    expect((await pendingAcknowledgements(student.id, NOW)).map((n) => n.id)).toEqual([recent.id]);
    expect((await pendingAcknowledgements(student.id, NOW)).map((n) => n.id)).not.toContain(old.id);
    expect(await pendingAcknowledgements(newcomer.id, NOW)).toEqual([]);
    // Center staff are also asked about the center-admin policy.
    const owner = await createUser({ createdAt: days(-400) });
    const center = await createCenter();
    await db.centerMembership.create({ data: { centerId: center.id, userId: owner.id, role: "OWNER" } });
    expect((await pendingAcknowledgements(owner.id, NOW)).map((n) => n.id).sort()).toEqual([recent.id, admin.id].sort());
    // Signed-out visitors hear about every announced material change, chatbot included.
    expect((await announcedChanges(NOW)).map((n) => n.kind).sort()).toEqual(["CENTER_ADMIN", "CHATBOT"]);
  });

  it("policy S11: acknowledging a draft or an unknown version is not_found and records nothing", async () => {
    const user = await createUser();
    const draft = await createPolicyVersion({ effectiveAt: days(30), publishedAt: null, material: true });
    await expect(acknowledgePolicy({ actor: actorFor(user), policyVersionId: draft.id, now: NOW })).rejects.toMatchObject({ code: "not_found" });
    await expect(acknowledgePolicy({ actor: actorFor(user), policyVersionId: crypto.randomUUID(), now: NOW })).rejects.toMatchObject({ code: "not_found" });
    expect(await db.policyAcknowledgement.count()).toBe(0);
  });
});
