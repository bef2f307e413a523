import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { markDraining, resetLifecycleForTests } from "../../lib/lifecycle/lifecycle.ts";
import { currentLogContext } from "../../lib/log/log-context.ts";
import { createAppHttpServer, type AccessLine } from "./app-http-server.ts";

afterEach(() => resetLifecycleForTests());

async function start(handler: Parameters<typeof createAppHttpServer>[0]) {
  const lines: AccessLine[] = [];
  const app = createAppHttpServer(handler, (line) => lines.push(line));
  await new Promise<void>((resolve) => app.server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  return { ...app, url, lines };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("the app's HTTP server", () => {
  it("overwrites the peer address and request id a client sends, and logs the path without its query", async () => {
    const app = await start(async (req, res) => {
      res.end(JSON.stringify({ peer: req.headers["x-mmso-peer-address"], id: req.headers["x-mmso-request-id"] }));
    });
    const res = await fetch(`${app.url}/api/v1/courses?q=%2B959420000000`, {
      headers: { "x-mmso-peer-address": "203.0.113.9", "x-mmso-request-id": "forged" },
    });
    const body = (await res.json()) as { peer: string; id: string };
    expect(body.peer).toBe("127.0.0.1");
    expect(body.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers.get("x-request-id")).toBe(body.id);
    await app.drain(1_000);
    expect(app.lines).toEqual([{ method: "GET", path: "/api/v1/courses", status: 200, durationMs: expect.any(Number), requestId: body.id }]);
  });

  it("handles each request inside a log context holding its id, so every line logged meanwhile carries it", async () => {
    const app = await start(async (_req, res) => {
      await new Promise((resolve) => setTimeout(resolve, 10));
      res.end(JSON.stringify(currentLogContext() ?? {}));
    });
    const [a, b] = await Promise.all([fetch(`${app.url}/a`), fetch(`${app.url}/b`)]);
    for (const res of [a, b]) expect(((await res.json()) as { requestId?: string }).requestId).toBe(res.headers.get("x-request-id"));
    expect(a.headers.get("x-request-id")).not.toBe(b.headers.get("x-request-id"));
    await app.drain(1_000);
  });

  it("does not log readiness probes or build assets", async () => {
    const app = await start(async (_req, res) => void res.end("ok"));
    await fetch(`${app.url}/api/health/ready`);
    await fetch(`${app.url}/_next/static/chunks/a.js`);
    await app.drain(1_000);
    expect(app.lines).toEqual([]);
  });

  it("drains: a request in flight finishes, new connections are refused", async () => {
    const app = await start(async (_req, res) => {
      await sleep(400);
      res.end("done");
    });
    const inFlight = fetch(`${app.url}/slow`).then(async (r) => ({ status: r.status, body: await r.text(), connection: r.headers.get("connection") }));
    await sleep(100);
    expect(app.inFlight()).toBe(1);
    markDraining();
    const drained = app.drain(5_000);
    await sleep(50);
    await expect(fetch(`${app.url}/after`)).rejects.toThrow();
    expect(await inFlight).toMatchObject({ status: 200, body: "done" });
    expect(await drained).toEqual({ unfinished: 0 });
  });

  it("answers Connection: close once draining, so keep-alive clients reconnect to another instance", async () => {
    const app = await start(async (_req, res) => void res.end("ok"));
    expect((await fetch(`${app.url}/a`)).headers.get("connection")).toBe("keep-alive");
    markDraining();
    expect((await fetch(`${app.url}/b`)).headers.get("connection")).toBe("close");
    await app.drain(1_000);
  });

  it("gives up on a request that outlives the timeout and says how many were cut", async () => {
    const app = await start(() => new Promise<void>(() => undefined));
    const hanging = fetch(`${app.url}/hangs`).catch(() => "cut");
    await sleep(100);
    const started = Date.now();
    expect(await app.drain(300)).toEqual({ unfinished: 1 });
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(await hanging).toBe("cut");
  });
});
