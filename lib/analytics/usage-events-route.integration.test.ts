import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/events/route";
import { USAGE_EVENTS_RATE_LIMIT } from "@/lib/api/analytics-endpoints";
import { db } from "@/lib/db";
import { PEER_ADDRESS_HEADER } from "@/lib/http/peer-header";
import { consumeRateLimit } from "@/lib/rate-limit/rate-limit";
import { callRoute } from "@/lib/testing/call-route";
import { createUser, unique } from "@/lib/testing/factories";
import { bearerFor } from "@/lib/testing/sign-in";

// Cloudflare's country header is believed only when the TCP peer is one of these proxies.
process.env.TRUSTED_PROXY_CIDRS = "10.0.0.0/8";

let lastOctet = 1;
/** A distinct client address per call site, so anonymous rate-limit buckets never collide. */
const peer = () => `198.51.100.${lastOctet++}`;

function post(body: unknown, headers: Record<string, string> = {}) {
  return callRoute(POST, "/api/v1/events", {
    method: "POST",
    headers: { "content-type": "application/json", [PEER_ADDRESS_HEADER]: peer(), ...headers },
    body: JSON.stringify(body),
  });
}

const now = () => new Date().toISOString();
const eventsNamed = (name: string) => db.usageEvent.findMany({ where: { name }, orderBy: { at: "asc" } });

describe("POST /api/v1/events (policy S1.2)", () => {
  it("accepts an anonymous batch: no user, no IP, platform and version as the app reports them", async () => {
    const name = `screen.${unique("v").replace("-", "_")}`;
    const at = new Date(Date.now() - 60_000).toISOString();
    const res = await post({
      events: [
        { name, screen: "CourseDetail", props: { courseId: "c-1", fromSearch: true, position: 3 }, at },
        { name, at: now() },
      ],
      device: { platform: "android", appVersion: "2.3.0" },
    });
    expect(res.status).toBe(202);
    expect(res.json).toEqual({ accepted: 2 });
    const rows = await eventsNamed(name);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ userId: null, screen: "CourseDetail", props: { courseId: "c-1", fromSearch: true, position: 3 }, platform: "ANDROID", appVersion: "2.3.0", country: null });
    expect(rows[0]?.at.toISOString()).toBe(at);
    expect(JSON.stringify(rows)).not.toContain("198.51.100.");
  });

  it("links a signed-in caller's events to them, with the platform and version of their session; two users stay apart", async () => {
    const [a, b] = await Promise.all([createUser(), createUser()]);
    const name = `feature.${unique("f").replace("-", "_")}`;
    expect((await post({ events: [{ name, at: now() }] }, { authorization: await bearerFor(a.id) })).status).toBe(202);
    expect((await post({ events: [{ name, at: now() }, { name, at: now() }] }, { authorization: await bearerFor(b.id) })).status).toBe(202);
    const rows = await eventsNamed(name);
    expect(rows.filter((row) => row.userId === a.id)).toHaveLength(1);
    expect(rows.filter((row) => row.userId === b.id)).toHaveLength(2);
    // bearerFor's session reported Android 1.0.0 at login.
    expect(rows.every((row) => row.platform === "ANDROID" && row.appVersion === "1.0.0")).toBe(true);
  });

  it("answers 401 for an invalid token rather than recording anonymously", async () => {
    const name = `feature.${unique("x").replace("-", "_")}`;
    const res = await post({ events: [{ name, at: now() }] }, { authorization: "Bearer not-a-token" });
    expect(res.status).toBe(401);
    expect(await eventsNamed(name)).toHaveLength(0);
  });

  it("takes the country only from a trusted proxy's header, never from a client's own claim", async () => {
    const name = `screen.${unique("c").replace("-", "_")}`;
    const proxied = { [PEER_ADDRESS_HEADER]: "10.1.2.3", "cf-connecting-ip": "203.0.113.99", "cf-ipcountry": "MM" };
    expect((await post({ events: [{ name, screen: "Proxied", at: now() }] }, proxied)).status).toBe(202);
    const forged = { [PEER_ADDRESS_HEADER]: "198.51.100.250", "cf-ipcountry": "TH", "x-forwarded-for": "10.9.9.9" };
    expect((await post({ events: [{ name, screen: "Forged", at: now() }] }, forged)).status).toBe(202);
    const rows = await eventsNamed(name);
    expect(rows.find((row) => row.screen === "Proxied")?.country).toBe("MM");
    expect(rows.find((row) => row.screen === "Forged")?.country).toBeNull();
    // Neither the client's address nor the proxy's is kept with an event.
    expect(JSON.stringify(rows)).not.toMatch(/203\.0\.113\.99|10\.1\.2\.3|198\.51\.100\.250/);
  });

  it.each([
    ["no events", { events: [] }, "body.events"],
    ["101 events", { events: Array.from({ length: 101 }, () => ({ name: "screen.view", at: new Date().toISOString() })) }, "body.events"],
    ["a bad name", { events: [{ name: "Screen View", at: new Date().toISOString() }] }, "body.events.0.name"],
    ["a long screen", { events: [{ name: "screen.view", screen: "s".repeat(101), at: new Date().toISOString() }] }, "body.events.0.screen"],
    ["nested props", { events: [{ name: "screen.view", props: { user: { phone: "1" } }, at: new Date().toISOString() }] }, "body.events.0.props.user"],
    ["a long prop value", { events: [{ name: "screen.view", props: { note: "x".repeat(101) }, at: new Date().toISOString() }] }, "body.events.0.props.note"],
    ["a phone number prop", { events: [{ name: "screen.view", props: { q: "+95 9791234567" }, at: new Date().toISOString() }] }, "body.events.0.props.q"],
    ["an email prop", { events: [{ name: "screen.view", props: { q: "me@example.com" }, at: new Date().toISOString() }] }, "body.events.0.props.q"],
    ["21 props", { events: [{ name: "screen.view", props: Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`k${i}`, i])), at: new Date().toISOString() }] }, "body.events.0.props"],
    ["a GPS position field", { events: [{ name: "screen.view", at: new Date().toISOString(), location: { lat: 16.8, lng: 96.1 } }] }, "body.events.0"],
    ["an 8-day-old event", { events: [{ name: "screen.view", at: new Date(Date.now() - 8 * 86_400_000).toISOString() }] }, "body.events.0.at"],
    ["an event 10 minutes ahead", { events: [{ name: "screen.view", at: new Date(Date.now() + 600_000).toISOString() }] }, "body.events.0.at"],
  ])("refuses %s with 422 in the contract's shape and stores nothing of the batch", async (_label, body, field) => {
    const before = await db.usageEvent.count();
    const withGood = { ...body, events: [{ name: "screen.good", at: now() }, ...body.events] };
    // Shift the expected index by the good event in front (the batch must still be refused whole).
    const shifted = field.replace(/^body\.events\.(\d+)/, (_m, i: string) => `body.events.${Number(i) + 1}`);
    const res = await post(body.events.length === 0 || body.events.length > 100 ? body : withGood);
    expect(res.status).toBe(422);
    expect(res.json.error).toMatchObject({ code: "validation_failed", requestId: expect.any(String) });
    const paths = JSON.stringify(res.json.error.details);
    expect(paths).toContain(body.events.length === 0 || body.events.length > 100 ? field : shifted);
    expect(await db.usageEvent.count()).toBe(before);
  });

  it("rate limits per user: the 61st batch in a minute is refused with nothing stored, another user is unaffected", async () => {
    const [a, b] = await Promise.all([createUser(), createUser()]);
    for (let i = 0; i < USAGE_EVENTS_RATE_LIMIT.limit; i++) await consumeRateLimit(USAGE_EVENTS_RATE_LIMIT, a.id);
    const name = `feature.${unique("r").replace("-", "_")}`;
    const refused = await post({ events: [{ name, at: now() }] }, { authorization: await bearerFor(a.id) });
    expect(refused.status).toBe(429);
    expect(refused.json.error.code).toBe("rate_limited");
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await eventsNamed(name)).toHaveLength(0);
    expect((await post({ events: [{ name, at: now() }] }, { authorization: await bearerFor(b.id) })).status).toBe(202);
  });

  it("rate limits anonymous callers per address", async () => {
    const address = "198.51.100.200";
    for (let i = 0; i < USAGE_EVENTS_RATE_LIMIT.limit; i++) await consumeRateLimit(USAGE_EVENTS_RATE_LIMIT, `ip:${address}`);
    expect((await post({ events: [{ name: "screen.view", at: now() }] }, { [PEER_ADDRESS_HEADER]: address })).status).toBe(429);
    expect((await post({ events: [{ name: "screen.view", at: now() }] }, { [PEER_ADDRESS_HEADER]: "198.51.100.201" })).status).toBe(202);
  });
});
