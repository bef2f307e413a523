import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { callRoute } from "@/lib/testing/call-route";
import { createPersonWithEverything, createSharedWorld } from "@/lib/testing/export-factories";
import { createUser } from "@/lib/testing/factories";
import { bearerFor } from "@/lib/testing/sign-in";
import { GET } from "@/app/api/v1/me/export/route";
import { downloadExportForWeb } from "./web-download";

const URL = "/api/v1/me/export";
const get = (authorization?: string) => callRoute(GET, URL, { headers: authorization ? { authorization } : {} });

describe("policy S6: export over the API (GET /api/v1/me/export) and the web download", () => {
  it("policy S6: export needs a token (401 in the contract's shape, nothing recorded)", async () => {
    const res = await get();
    expect(res.status).toBe(401);
    expect(res.json.error.code).toBe("unauthorized");
    expect(res.headers.get("content-disposition")).toBeNull();
    expect((await get("Bearer not-a-token")).status).toBe(401);
  });

  it("policy S6: export answers each person with their own data only, as an uncached attachment", async () => {
    const world = await createSharedWorld();
    const [alice, bob] = [await createPersonWithEverything(world), await createPersonWithEverything(world)];
    const [asAlice, asBob] = await Promise.all([bearerFor(alice.user.id), bearerFor(bob.user.id)]);

    const res = await get(asAlice);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="mmso-export-\d{4}-\d{2}-\d{2}\.json"$/);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.json).toMatchObject({ format: "mmso-export", version: 1, user: { id: alice.user.id }, orders: [{ reference: alice.order.reference }] });
    // The mobile session the token came from is the caller's own S1.2 data.
    expect(res.json.sessions.mobile).toMatchObject([{ platform: "ANDROID", deviceModel: "Pixel 7", appVersion: "1.0.0", ip: "203.0.113.7" }]);

    const other = await get(asBob);
    expect(other.json.user.id).toBe(bob.user.id);
    expect(other.text).not.toContain(alice.marker);
    expect(other.text).not.toContain(alice.user.id);
    expect(await db.privacyRequest.count({ where: { subjectUserId: alice.user.id, kind: "EXPORT", status: "COMPLETED" } })).toBe(1);
  });

  it("policy S6: export is rate limited to 5 an hour per person, web and API together", async () => {
    const [user, neighbour] = await Promise.all([createUser(), createUser()]);
    const auth = await bearerFor(user.id);
    const web = await downloadExportForWeb(user.id, "http://localhost:3000/account/export/download");
    expect(web.status).toBe(200);
    for (let i = 0; i < 4; i += 1) expect((await get(auth)).status).toBe(200);
    const limited = await get(auth);
    expect(limited.status).toBe(429);
    expect(limited.json.error.code).toBe("rate_limited");
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    const webLimited = await downloadExportForWeb(user.id, "http://localhost:3000/account/export/download");
    expect(webLimited.status).toBe(303);
    expect(webLimited.headers.get("location")).toBe("http://localhost:3000/account/export?error=rate_limited");
    // Refused exports are not recorded; another person's quota is untouched.
    expect(await db.privacyRequest.count({ where: { subjectUserId: user.id } })).toBe(5);
    expect((await get(await bearerFor(neighbour.id))).status).toBe(200);
  });

  it("policy S6: the web download is the same document as a readable file", async () => {
    const user = await createUser({ name: "ဒေါ်မြ" });
    const now = new Date("2026-11-25T18:00:00Z"); // 00:30 on the 26th in Myanmar
    const res = await downloadExportForWeb(user.id, "http://localhost:3000/account/export/download", now);
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="mmso-export-2026-11-26.json"');
    expect(res.headers.get("cache-control")).toBe("no-store");
    const text = await res.text();
    expect(text).toContain('\n  "format": "mmso-export"');
    expect(JSON.parse(text)).toMatchObject({ version: 1, generatedAt: now.toISOString(), user: { id: user.id, name: "ဒေါ်မြ" } });

    const closed = await createUser({ status: "DEACTIVATED" });
    const refused = await downloadExportForWeb(closed.id, "http://localhost:3000/account/export/download");
    expect(refused.status).toBe(303);
    expect(refused.headers.get("location")).toBe("http://localhost:3000/account/export?error=unavailable");
  });
});
