import { afterEach, describe, expect, it, vi } from "vitest";
import { runJob } from "./run-job";

afterEach(() => vi.restoreAllMocks());

function captureStderr(): string[] {
  const lines: string[] = [];
  vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  });
  return lines;
}

describe("runJob", () => {
  it("returns the handler's counts and passes it the time", async () => {
    const now = new Date("2026-11-25T00:00:00Z");
    const handler = vi.fn(async () => ({ expired: 3 }));
    expect(await runJob({ name: "test.job", handler }, now)).toEqual({ expired: 3 });
    expect(handler).toHaveBeenCalledWith(now);
  });
  it("logs a failure by job, duration and kind, and rethrows without the original message", async () => {
    const lines = captureStderr();
    const secret = "+959123456789";
    const failing = runJob({ name: "test.job", handler: async () => Promise.reject(new TypeError(`bad phone ${secret}`)) });
    await expect(failing).rejects.toThrow("test.job failed: TypeError");
    await failing.catch((error: unknown) => expect(String(error)).not.toContain(secret));
    const logged = lines.map((line) => JSON.parse(line) as Record<string, unknown>).find((entry) => entry.event === "jobs.failed");
    expect(logged).toMatchObject({ level: "error", job: "test.job", jobId: expect.any(String), error: "TypeError", durationMs: expect.any(Number) });
    expect(lines.join("")).not.toContain(secret);
  });
});
