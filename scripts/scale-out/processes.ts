import { spawn } from "node:child_process";
import { existsSync, openSync, readFileSync } from "node:fs";
import path from "node:path";
import { sleep, trackGroup, untrackGroup } from "../fault/lib/bounded.ts";

export type Proc = {
  name: string;
  pid: number;
  logPath: string;
  /** The app instance's port (null for a worker). */
  port: number | null;
  exited(): boolean;
  signal(signal: NodeJS.Signals): void;
  /** Resolves true once the process exited (false after `timeoutMs`). */
  gone(timeoutMs?: number): Promise<boolean>;
  /** The request ids this instance's access log recorded (app instances). */
  requestIds(): Set<string>;
};

const tsxCli = path.join(process.cwd(), "node_modules", "tsx", "dist", "cli.mjs");
const standaloneServer = path.join(process.cwd(), ".next", "standalone", "server.mjs");

function spawnLogged(name: string, dir: string, args: string[], env: NodeJS.ProcessEnv, port: number | null): Proc {
  const logPath = path.join(dir, `${name}.log`);
  const out = openSync(logPath, "a");
  const child = spawn(process.execPath, args, { env, stdio: ["ignore", out, out], detached: true });
  const pid = child.pid;
  if (!pid) throw new Error(`${name} did not spawn`);
  trackGroup(pid);
  let exited = false;
  const exitWaiters: (() => void)[] = [];
  child.once("exit", () => {
    exited = true;
    untrackGroup(pid);
    for (const w of exitWaiters.splice(0)) w();
  });
  return {
    name,
    pid,
    logPath,
    port,
    exited: () => exited,
    signal(signal) {
      try {
        process.kill(-pid, signal);
      } catch {
        // already gone
      }
    },
    gone: (timeoutMs = 30_000) =>
      exited ? Promise.resolve(true) : Promise.race([new Promise<boolean>((r) => exitWaiters.push(() => r(true))), sleep(timeoutMs).then(() => false)]),
    requestIds() {
      const ids = new Set<string>();
      if (!existsSync(logPath)) return ids;
      for (const line of readFileSync(logPath, "utf8").split("\n")) {
        if (!line.includes('"http.access"')) continue;
        try {
          const id = (JSON.parse(line) as { requestId?: string }).requestId;
          if (id) ids.add(id);
        } catch {
          // a partial line
        }
      }
      return ids;
    },
  };
}

/** One app instance: the standalone production server (`npm run start:production`), until it is ready. */
export async function startAppInstance(name: string, port: number, dir: string, env: NodeJS.ProcessEnv): Promise<Proc & { readyMs: number }> {
  const started = performance.now();
  const proc = spawnLogged(name, dir, [standaloneServer], { ...env, PORT: String(port), HOSTNAME: "127.0.0.1" }, port);
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (proc.exited()) throw new Error(`${name} exited during start-up (see ${proc.logPath})`);
    if (Date.now() > deadline) throw new Error(`${name} was not ready within 60 s (see ${proc.logPath})`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health/ready`, { signal: AbortSignal.timeout(2_000) })).ok) break;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  return { ...proc, readyMs: performance.now() - started };
}

/** One worker (`npm run worker`): scheduled jobs and the outbox, until it says it started. */
export async function startWorker(name: string, dir: string, env: NodeJS.ProcessEnv, args: string[] = []): Promise<Proc> {
  const proc = spawnLogged(name, dir, [tsxCli, "scripts/worker.ts", ...args], env, null);
  const deadline = Date.now() + 60_000;
  while (!readFileSync(proc.logPath, "utf8").includes("[mmso-worker] started")) {
    if (proc.exited()) throw new Error(`${name} exited during start-up (see ${proc.logPath})`);
    if (Date.now() > deadline) throw new Error(`${name} did not start within 60 s (see ${proc.logPath})`);
    await sleep(200);
  }
  return proc;
}

/**
 * Which instance answered a request, by the request id its access log recorded. The line is written
 * when the response closes, which can be a moment after the client has read it: looked for up to 2 s.
 */
export async function servedBy(instances: Proc[], requestId: string | null): Promise<string> {
  if (!requestId) return "?";
  const deadline = Date.now() + 2_000;
  for (;;) {
    const found = instances.find((i) => i.requestIds().has(requestId));
    if (found || Date.now() > deadline) return found?.name ?? "?";
    await sleep(50);
  }
}
