import { spawn } from "node:child_process";
import { existsSync, mkdirSync, openSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { sleep, trackGroup, untrackGroup } from "./bounded.ts";

export type AppServer = {
  pid: number;
  base: string;
  /** Milliseconds from spawn until /api/health answered 200. */
  readyMs: number;
  /** Signals the whole process group (the app, tsx, and an embedded PostgreSQL it started). */
  signal(signal: NodeJS.Signals): void;
  /** Resolves once no process of the group is left (false after `timeoutMs`). */
  gone(timeoutMs?: number): Promise<boolean>;
};

export type AppOptions = {
  port: number;
  /** The app log (stdout and stderr, appended): .data/<log>.log. */
  log: string;
  /** An external database; without it scripts/start.ts runs its own embedded PostgreSQL in `dataDir`. */
  databaseUrl?: string;
  dataDir?: string;
  db?: string;
  fresh?: boolean;
  noJobs?: boolean;
  /**
   * Also wait until the jobs and the outbox worker have started (scripts/start.ts starts them
   * after the server listens): a database fault while pg-boss is still starting ends the process
   * (start-up fails as a whole), which is not the fault a script means to inject.
   */
  waitForJobs?: boolean;
  readyTimeoutMs?: number;
};

const tsxCli = path.join(process.cwd(), "node_modules", "tsx", "dist", "cli.mjs");

/**
 * The production server as `npm start` runs it (scripts/start.ts, demo mode, the build reused),
 * detached in its own process group, loopback only. Resolves when /api/health answers 200.
 */
export async function startApp(options: AppOptions): Promise<AppServer> {
  const base = `http://127.0.0.1:${options.port}`;
  mkdirSync(".data", { recursive: true });
  const logPath = path.join(".data", `${options.log}.log`);
  const logOffset = existsSync(logPath) ? statSync(logPath).size : 0;
  const out = openSync(logPath, "a");
  const args = [tsxCli, "scripts/start.ts", "--port", String(options.port)];
  if (options.dataDir) args.push("--data-dir", options.dataDir);
  if (options.db) args.push("--db", options.db);
  if (options.fresh) args.push("--fresh");
  if (options.noJobs) args.push("--no-jobs");
  const env: NodeJS.ProcessEnv = { ...process.env, APP_MODE: "demo", APP_URL: base, LOG_LEVEL: "warn", NEXT_TELEMETRY_DISABLED: "1" };
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
  else delete env.DATABASE_URL;
  const started = performance.now();
  const child = spawn(process.execPath, args, { env, stdio: ["ignore", out, out], detached: true });
  const pid = child.pid;
  if (!pid) throw new Error("the app did not spawn");
  trackGroup(pid);
  let exited = false;
  child.once("exit", () => (exited = true));

  const deadline = Date.now() + (options.readyTimeoutMs ?? 240_000);
  for (;;) {
    if (exited) throw new Error(`the app exited during start-up (see ${logPath})`);
    if (Date.now() > deadline) throw new Error(`the app was not healthy in time (see ${logPath})`);
    try {
      if ((await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(2_000) })).ok) break;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  const readyMs = performance.now() - started;
  while (options.waitForJobs && !readFileSync(logPath).subarray(logOffset).toString("utf8").includes("scheduled jobs (pg-boss) and the outbox worker started")) {
    if (exited) throw new Error(`the app exited while starting its jobs (see ${logPath})`);
    if (Date.now() > deadline) throw new Error(`the app's jobs did not start in time (see ${logPath})`);
    await sleep(200);
  }

  const alive = () => {
    try {
      process.kill(-pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  return {
    pid,
    base,
    readyMs,
    signal(signal) {
      try {
        process.kill(-pid, signal);
      } catch {
        // already gone
      }
    },
    async gone(timeoutMs = 20_000) {
      const until = Date.now() + timeoutMs;
      while (alive() && Date.now() < until) await sleep(50);
      if (alive()) return false;
      untrackGroup(pid);
      return true;
    },
  };
}

/** Stops the app gracefully (SIGINT: jobs, server, then its database), SIGKILL after 20 s. */
export async function stopApp(app: AppServer): Promise<void> {
  app.signal("SIGINT");
  if (await app.gone(20_000)) return;
  app.signal("SIGKILL");
  await app.gone(5_000);
}
