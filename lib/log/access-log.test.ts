import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { captureLines } from "@/lib/testing/capture-log";
import { logAccess, newRequestId, pathOnly } from "./access-log";
import { createLog } from "./logger";

describe("logAccess", () => {
  it("writes method, path without its query, status, duration, bytes and request id", () => {
    const { destination, lines, text } = captureLines();
    const requestId = newRequestId();
    logAccess({ method: "post", path: "/api/v1/auth/otp?phone=%2B959420000001&email=aye%40example.com", status: 201, durationMs: 12.6, requestId, bytes: 88 }, createLog({ level: "info", destination }));
    expect(lines).toEqual([{ level: "info", time: expect.any(String), event: "http.access", requestId, method: "POST", path: "/api/v1/auth/otp", status: 201, durationMs: 13, bytes: 88 }]);
    expect(text()).not.toMatch(/959420000001|example\.com/);
  });

  it("keeps ids in the path, drops fragments, reduces absolute targets to their path and caps the length", () => {
    expect(pathOnly("/api/v1/courses/0195d3c4-0000-7000-8000-000000000001/lessons")).toBe("/api/v1/courses/0195d3c4-0000-7000-8000-000000000001/lessons");
    expect(pathOnly("/learn#token=abc")).toBe("/learn");
    expect(pathOnly("http://localhost:3000/login?next=/x")).toBe("/login");
    expect(pathOnly("not a url")).toBe("/");
    expect(pathOnly(`/${"a".repeat(1000)}`)).toHaveLength(513);
  });

  it("never passes an odd method through", () => {
    const { destination, lines } = captureLines();
    logAccess({ method: 'GET" injected', path: "/", status: 400, durationMs: 1, requestId: "req-12345678" }, createLog({ level: "info", destination }));
    expect(lines[0]).toMatchObject({ method: "OTHER" });
    expect(lines[0]).not.toHaveProperty("bytes");
  });

  it("loads in a plain Node process, outside Next and without the server-only hook", () => {
    const script = `const { logAccess } = await import("./lib/log/access-log.ts");
      logAccess({ method: "GET", path: "/courses?q=secret", status: 200, durationMs: 3, requestId: "req-12345678" });`;
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", LOG_LEVEL: "info" };
    const run = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { env, encoding: "utf8", timeout: 30_000 });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stderr)).toMatchObject({ event: "http.access", path: "/courses", requestId: "req-12345678" });
  });
});
