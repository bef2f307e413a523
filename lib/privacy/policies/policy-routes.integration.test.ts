import { beforeEach, describe, expect, it } from "vitest";
import { POST as acknowledgeRoute } from "@/app/api/v1/policies/[id]/acknowledge/route";
import { GET as listRoute } from "@/app/api/v1/policies/route";
import { db } from "@/lib/db";
import { callRoute } from "@/lib/testing/call-route";
import { createUser } from "@/lib/testing/factories";
import { createPolicyVersion, DAY_MS, resetPolicies } from "@/lib/testing/policy-factories";
import { bearerFor } from "@/lib/testing/sign-in";

// The routes run on the real clock, so versions are placed relative to now.
const days = (n: number) => new Date(Date.now() + n * DAY_MS);
const headers = (authorization?: string, language = "en"): Record<string, string> => ({ "accept-language": language, ...(authorization ? { authorization } : {}) });
const list = (authorization?: string, language?: string) => callRoute(listRoute, "/api/v1/policies", { headers: headers(authorization, language) });
const acknowledge = (id: string, authorization?: string) =>
  callRoute(acknowledgeRoute, `/api/v1/policies/${id}/acknowledge`, { method: "POST", params: { id }, headers: headers(authorization) });

type Item = { id: string; kind: string; version: number; title: string; url: string; mustAcknowledge: boolean; upcoming: null | { id: string; mustAcknowledge: boolean; changeSummary: string | null; url: string } };

beforeEach(async () => {
  await resetPolicies();
});

async function fixtures() {
  const student = await createPolicyVersion({ effectiveAt: days(-300) });
  const studentNext = await createPolicyVersion({ effectiveAt: days(10), publishedAt: days(-5), material: true, summary: "New analytics" });
  const centerAdmin = await createPolicyVersion({ kind: "CENTER_ADMIN", effectiveAt: days(-300) });
  const chatbot = await createPolicyVersion({ kind: "CHATBOT", effectiveAt: days(-300) });
  const refund = await createPolicyVersion({ kind: "REFUND", effectiveAt: days(-20), publishedAt: days(-40), material: true, summary: "Shorter window" });
  return { student, studentNext, centerAdmin, chatbot, refund };
}

describe("policy S11: GET /api/v1/policies", () => {
  it("policy S11: anonymous callers get every policy in force with the announced change, never mustAcknowledge", async () => {
    const f = await fixtures();
    const response = await list(undefined, "my");
    expect(response.status).toBe(200);
    expect(response.headers.get("etag")).toBeTruthy();
    const items = response.json.items as Item[];
    expect(items.map((item) => [item.kind, item.id])).toEqual([
      ["STUDENT", f.student.id],
      ["CENTER_ADMIN", f.centerAdmin.id],
      ["CHATBOT", f.chatbot.id],
      ["REFUND", f.refund.id],
    ]);
    expect(items[0]).toMatchObject({ version: 1, title: "STUDENT မူဝါဒ v1", url: "http://localhost:3000/privacy", mustAcknowledge: false });
    expect(items[0]?.upcoming).toMatchObject({ id: f.studentNext.id, changeSummary: "New analytics (မြန်မာ)", url: "http://localhost:3000/privacy/history/student/2", mustAcknowledge: false });
    expect(items.every((item) => !item.mustAcknowledge)).toBe(true);
  });

  it("policy S11: a token personalises mustAcknowledge per user; acknowledging is idempotent and only for the caller", async () => {
    const f = await fixtures();
    const [alice, bob] = await Promise.all([createUser({ createdAt: days(-400) }), createUser({ createdAt: days(-400) })]);
    const [asAlice, asBob] = await Promise.all([bearerFor(alice.id), bearerFor(bob.id)]);
    const pending = async (auth: string) => {
      const response = await list(auth);
      expect(response.status).toBe(200);
      expect(response.headers.get("cache-control")).toBe("no-store");
      const items = response.json.items as Item[];
      return items.flatMap((item) => [...(item.mustAcknowledge ? [item.id] : []), ...(item.upcoming?.mustAcknowledge ? [item.upcoming.id] : [])]).sort();
    };
    expect(await pending(asAlice)).toEqual([f.studentNext.id, f.refund.id].sort());

    expect((await acknowledge(f.studentNext.id, asAlice)).status).toBe(204);
    expect((await acknowledge(f.studentNext.id, asAlice)).status).toBe(204);
    expect(await db.policyAcknowledgement.count({ where: { userId: alice.id, policyVersionId: f.studentNext.id } })).toBe(1);
    expect(await pending(asAlice)).toEqual([f.refund.id]);
    // Bob's obligations are his own.
    expect(await pending(asBob)).toEqual([f.studentNext.id, f.refund.id].sort());
    expect(await db.policyAcknowledgement.count({ where: { userId: bob.id } })).toBe(0);
  });

  it("policy S11: acknowledge refuses unknown, draft and malformed ids and anonymous callers; a bad token is 401", async () => {
    const user = await createUser();
    const auth = await bearerFor(user.id);
    const draft = await createPolicyVersion({ effectiveAt: days(30), publishedAt: null, material: true });
    expect((await acknowledge(draft.id, auth)).status).toBe(404);
    const unknown = await acknowledge(crypto.randomUUID(), auth);
    expect(unknown.status).toBe(404);
    expect(unknown.json.error).toMatchObject({ code: "not_found" });
    expect((await acknowledge("not-a-uuid", auth)).status).toBe(422);
    expect((await acknowledge(draft.id)).status).toBe(401);
    expect((await list("Bearer nonsense")).status).toBe(401);
    expect(await db.policyAcknowledgement.count()).toBe(0);
  });
});
