import { afterEach, describe, expect, it } from "vitest";
import { isDraining, markDraining, onShutdown, resetLifecycleForTests, runShutdownHooks } from "./lifecycle";

afterEach(() => resetLifecycleForTests());

describe("process lifecycle", () => {
  it("starts serving and drains once asked", () => {
    expect(isDraining()).toBe(false);
    markDraining();
    expect(isDraining()).toBe(true);
  });

  it("runs each named hook once, even when registered twice", async () => {
    const calls: string[] = [];
    onShutdown("pool", () => void calls.push("old"));
    onShutdown("pool", () => void calls.push("pool"));
    onShutdown("listener", async () => void calls.push("listener"));
    const results = await runShutdownHooks();
    expect(calls.sort()).toEqual(["listener", "pool"]);
    expect(results.every((r) => r.ok)).toBe(true);
  });

  it("flushes before it closes pools", async () => {
    const calls: string[] = [];
    onShutdown("pool", async () => {
      calls.push("pool");
    });
    onShutdown("counts", async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      calls.push("counts");
    }, "flush");
    await runShutdownHooks();
    expect(calls).toEqual(["counts", "pool"]);
  });

  it("does not let a failing or hanging hook hold the others or the exit", async () => {
    const calls: string[] = [];
    onShutdown("throws", () => {
      throw new Error("boom");
    });
    onShutdown("hangs", () => new Promise<void>(() => undefined));
    onShutdown("works", () => void calls.push("works"));
    const started = Date.now();
    const results = await runShutdownHooks(200);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(calls).toEqual(["works"]);
    expect(Object.fromEntries(results.map((r) => [r.name, r.ok]))).toEqual({ throws: false, hangs: false, works: true });
  });

  it("keeps its state on globalThis, where a second bundle of the module finds it", () => {
    markDraining();
    const shared = (globalThis as unknown as Record<symbol, { draining: boolean } | undefined>)[Symbol.for("mmso.lifecycle")];
    expect(shared?.draining).toBe(true);
  });
});
