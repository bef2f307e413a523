/**
 * The production server of a benchmark script: scripts/start.ts with demo data on the script's own
 * embedded PostgreSQL and port, spawned in its own process group so that `stop()` (and the script's
 * deadline) ends the server, its `next build` and PostgreSQL together.
 */
import { spawn } from "node:child_process";

export type BenchServer = { base: string; pid: number; stop(): void };

type Options = { port: number; dataDir: string; db: string; until: number; jobs?: boolean; env?: Record<string, string> };

/** `jobs: true` runs the scheduled jobs and the outbox in the server, as `npm start` does. */
export async function startBenchServer(options: Options): Promise<BenchServer> {
  const base = `http://127.0.0.1:${options.port}`;
  const args = ["tsx", "scripts/start.ts", "--port", String(options.port), "--data-dir", options.dataDir, "--db", options.db, "--fresh"];
  const child = spawn("npx", options.jobs ? args : [...args, "--no-jobs"], {
    env: { ...process.env, APP_MODE: "demo", APP_URL: base, LOG_LEVEL: "warn", ...options.env },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const stop = () => {
    try {
      process.kill(-(child.pid ?? 0), "SIGINT");
    } catch {
      // already gone
    }
  };
  process.on("exit", stop);
  let exited: number | null = null;
  child.on("exit", (code) => (exited = code ?? 1));
  // The first start may build .next (a couple of minutes on a busy machine), hence the caller's deadline.
  while (Date.now() < options.until && exited === null) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return { base, pid: child.pid ?? 0, stop };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  stop();
  throw new Error(exited === null ? "server did not become healthy in time" : `server exited with ${exited}`);
}
