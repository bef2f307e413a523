import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createLiveZoomClient } from "./live-zoom-client";
import { SandboxZoomClient } from "./sandbox-zoom-client";
import { ZOOM_TIMEZONE, ZoomError } from "./zoom-client";

type Seen = { method: string; url: string; headers: IncomingMessage["headers"]; body: string };
type Reply = { status: number; body?: unknown; hang?: boolean };

let server: Server;
let base: string;
let seen: Seen[] = [];
let tokenCount = 0;
// Per-test overrides: path prefix → replies consumed in order.
let scripted: Record<string, Reply[]> = {};

function route(req: IncomingMessage): Reply {
  const path = new URL(req.url ?? "/", "http://x").pathname;
  const queue = scripted[path];
  if (queue && queue.length > 0) return queue.shift()!;
  if (path === "/oauth/token") return { status: 200, body: { access_token: `token-${++tokenCount}`, token_type: "bearer", expires_in: 3600, scope: "meeting:write" } };
  if (path === "/v2/users/me/meetings") return { status: 201, body: { id: 85012345678, join_url: "https://zoom.us/j/85012345678?pwd=abc", start_url: "https://zoom.us/s/85012345678?zak=host", password: "Xy12ab" } };
  if (path.startsWith("/v2/meetings/")) return { status: 204 };
  return { status: 404, body: { code: 404, message: "no" } };
}

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      seen.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      const reply = route(req);
      if (reply.hang) return;
      res.writeHead(reply.status, { "content-type": "application/json" });
      res.end(reply.body === undefined ? "" : JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  seen = [];
  scripted = {};
});

const input = { topic: "Python live Q&A", startTime: new Date("2026-12-01T10:00:00.000Z"), durationMinutes: 60, timezone: ZOOM_TIMEZONE } as const;

function client(clock: { now: number } = { now: 1_800_000_000_000 }, timeoutMs = 2000) {
  return createLiveZoomClient({
    accountId: "acct-1",
    clientId: "client-id",
    clientSecret: "very-secret-client-secret",
    oauthBaseUrl: base,
    apiBaseUrl: base,
    timeoutMs,
    now: () => clock.now,
  });
}

const tokenCalls = () => seen.filter((s) => s.url.startsWith("/oauth/token"));

describe("live Zoom client", () => {
  it("gets one Server-to-Server token for several meetings, and sends the documented meeting body", async () => {
    const zoom = client();
    const meetings = await Promise.all([zoom.createMeeting(input), zoom.createMeeting(input), zoom.createMeeting(input)]);
    await zoom.createMeeting(input);
    expect(meetings[0]).toEqual({ meetingId: "85012345678", joinUrl: "https://zoom.us/j/85012345678?pwd=abc", startUrl: "https://zoom.us/s/85012345678?zak=host", password: "Xy12ab" });

    expect(tokenCalls()).toHaveLength(1);
    const token = tokenCalls()[0]!;
    expect(token.method).toBe("POST");
    expect(token.url).toBe("/oauth/token?grant_type=account_credentials&account_id=acct-1");
    expect(token.headers.authorization).toBe(`Basic ${Buffer.from("client-id:very-secret-client-secret").toString("base64")}`);

    const creates = seen.filter((s) => s.url === "/v2/users/me/meetings");
    expect(creates).toHaveLength(4);
    expect(new Set(creates.map((c) => `${c.method} ${c.headers.authorization}`))).toEqual(new Set([`POST Bearer token-${tokenCount}`]));
    const body = JSON.parse(creates[0]!.body) as Record<string, unknown>;
    expect(body).toMatchObject({
      topic: "Python live Q&A",
      type: 2,
      start_time: "2026-12-01T10:00:00Z",
      duration: 60,
      timezone: "Asia/Yangon",
      settings: { waiting_room: true, join_before_host: false, auto_recording: "none" },
    });
    expect(body.password).toMatch(/^[A-Za-z0-9]{10}$/);
    // Policy S3: nothing about a student is in what Zoom receives.
    expect(Object.keys(body).sort()).toEqual(["duration", "password", "settings", "start_time", "timezone", "topic", "type"]);
  });

  it("renews the token five minutes before it expires, not earlier", async () => {
    const clock = { now: 1_800_000_000_000 };
    const zoom = client(clock);
    await zoom.createMeeting(input);
    clock.now += 3600_000 - 5 * 60_000 - 1;
    await zoom.createMeeting(input);
    expect(tokenCalls()).toHaveLength(1);
    clock.now += 1;
    await zoom.createMeeting(input);
    expect(tokenCalls()).toHaveLength(2);
    const creates = seen.filter((s) => s.url === "/v2/users/me/meetings");
    expect(creates[1]!.headers.authorization).not.toBe(creates[2]!.headers.authorization);
  });

  it("fetches a new token once when the API refuses the cached one", async () => {
    const zoom = client();
    await zoom.createMeeting(input);
    scripted["/v2/users/me/meetings"] = [{ status: 401, body: { code: 124, message: "Invalid access token." } }];
    await expect(zoom.createMeeting(input)).resolves.toMatchObject({ meetingId: "85012345678" });
    expect(tokenCalls()).toHaveLength(2);
  });

  it("maps failures to ZoomError kinds without leaking the client secret", async () => {
    scripted["/oauth/token"] = [{ status: 400, body: { reason: "Invalid client_id or client_secret", error: "invalid_client" } }];
    const failure = await client().createMeeting(input).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ZoomError);
    expect(failure).toMatchObject({ kind: "auth", operation: "token", status: 400 });
    expect(String((failure as Error).message)).not.toContain("very-secret");
    expect(JSON.stringify(failure)).not.toContain("very-secret");

    scripted["/v2/users/me/meetings"] = [{ status: 429, body: { code: 429, message: "Too many requests" } }];
    await expect(client().createMeeting(input)).rejects.toMatchObject({ kind: "rate_limited", status: 429 });
    scripted["/v2/users/me/meetings"] = [{ status: 400, body: { code: 300, message: "Invalid start_time" } }];
    await expect(client().createMeeting(input)).rejects.toMatchObject({ kind: "invalid_request", zoomCode: 300 });
    scripted["/v2/users/me/meetings"] = [{ status: 502 }];
    await expect(client().createMeeting(input)).rejects.toMatchObject({ kind: "unavailable", status: 502 });
    scripted["/v2/users/me/meetings"] = [{ status: 201, body: { unexpected: true } }];
    await expect(client().createMeeting(input)).rejects.toMatchObject({ kind: "unavailable" });
  });

  it("gives up after the timeout", async () => {
    scripted["/v2/users/me/meetings"] = [{ status: 201, hang: true }];
    await expect(client(undefined, 150).createMeeting(input)).rejects.toMatchObject({ name: "ZoomError", kind: "unavailable", operation: "createMeeting" });
  });

  it("updates with PATCH and deletes with DELETE, a meeting Zoom no longer knows counting as deleted", async () => {
    const zoom = client();
    await zoom.updateMeeting("85012345678", { startTime: new Date("2026-12-02T03:30:00Z"), durationMinutes: 90 });
    const patch = seen.find((s) => s.method === "PATCH")!;
    expect(patch.url).toBe("/v2/meetings/85012345678");
    expect(JSON.parse(patch.body)).toEqual({ start_time: "2026-12-02T03:30:00Z", timezone: "Asia/Yangon", duration: 90 });
    scripted["/v2/meetings/1"] = [{ status: 404, body: { code: 3001, message: "Meeting does not exist" } }];
    await expect(zoom.deleteMeeting("1")).resolves.toBeUndefined();
    scripted["/v2/meetings/2"] = [{ status: 400, body: { code: 3000, message: "Cannot delete" } }];
    await expect(zoom.deleteMeeting("2")).rejects.toMatchObject({ kind: "invalid_request", zoomCode: 3000 });
  });
});

describe("sandbox Zoom client", () => {
  it("makes distinct Zoom-shaped meetings and records the body the live client would send", async () => {
    const sandbox = new SandboxZoomClient();
    const a = await sandbox.createMeeting(input);
    const b = await sandbox.createMeeting(input);
    expect(a.meetingId).toMatch(/^\d{11}$/);
    expect(Number(b.meetingId)).toBe(Number(a.meetingId) + 1);
    expect(a.joinUrl).toMatch(new RegExp(`^https://zoom\\.us/j/${a.meetingId}\\?pwd=[\\w-]+$`));
    expect(a.startUrl).toMatch(new RegExp(`^https://zoom\\.us/s/${a.meetingId}\\?zak=[\\w-]+$`));
    expect(a.startUrl).not.toBe(b.startUrl);
    expect(sandbox.requests[0]).toMatchObject({ operation: "createMeeting", body: { type: 2, timezone: "Asia/Yangon", password: a.password } });
  });
});
