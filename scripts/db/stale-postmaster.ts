import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { readFile, rm } from "node:fs/promises";
import path from "node:path";

type ProcessInfo = { ppid: number; args: string; zombie: boolean };

export type PostmasterState =
  | { kind: "none" | "stale" }
  | { kind: "orphan" | "running"; pid: number; port: number };

/**
 * What postmaster.pid in `dataDir` says. "stale": its pid is dead or now belongs to another
 * process (PostgreSQL would refuse to start). "orphan": a server still runs on the dir but the
 * process that started it is gone (a killed `npm start`). "running": started by a live node process.
 */
export async function inspectPostmaster(dataDir: string): Promise<PostmasterState> {
  const text = await readFile(path.join(dataDir, "postmaster.pid"), "utf8").catch(() => undefined);
  if (text === undefined) return { kind: "none" };
  const lines = text.split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  const info = pid > 0 ? describeProcess(pid) : undefined;
  const ownsDir = info && !info.zombie && /postgres/.test(info.args) && info.args.includes(path.resolve(dataDir));
  if (!ownsDir) return { kind: "stale" };
  const parent = info.ppid > 1 ? describeProcess(info.ppid) : undefined;
  return { kind: parent && /node|tsx|vitest/.test(parent.args) ? "running" : "orphan", pid, port };
}

/**
 * Makes a data dir startable after a crash: removes a stale postmaster.pid and shuts an orphaned
 * server down. A server in use by a live process is never touched: that is an error.
 */
export async function clearStalePostmasterPid(dataDir: string): Promise<void> {
  const state = await inspectPostmaster(dataDir);
  if (state.kind === "stale") await rm(path.join(dataDir, "postmaster.pid"), { force: true });
  if (state.kind === "orphan") await terminate(state.pid);
  if (state.kind === "running") {
    throw new Error(
      `PostgreSQL on ${dataDir} is already running (pid ${state.pid}, port ${state.port}) for another process; ` +
        `stop that process, or set DATABASE_URL to a database on port ${state.port}.`,
    );
  }
}

async function terminate(pid: number): Promise<void> {
  for (const [signal, waitMs] of [["SIGINT", 10_000], ["SIGQUIT", 3_000], ["SIGKILL", 3_000]] as const) {
    try {
      process.kill(pid, signal);
    } catch {
      return; // already gone
    }
    const deadline = Date.now() + waitMs;
    while (Date.now() < deadline) {
      const info = describeProcess(pid);
      if (!info || info.zombie) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  throw new Error(`Could not stop the orphaned PostgreSQL server (pid ${pid}).`);
}

function describeProcess(pid: number): ProcessInfo | undefined {
  try {
    // /proc/<pid>/stat: "pid (comm) state ppid ..."; comm may contain spaces, so split after ")".
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const [state, ppid] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const args = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ");
    return { ppid: Number(ppid), args, zombie: state === "Z" };
  } catch {
    if (process.platform === "linux") return undefined;
  }
  try {
    const out = execFileSync("ps", ["-o", "ppid=,stat=,args=", "-p", String(pid)], { encoding: "utf8" }).trim();
    const [, ppid = "", stat = "", args = ""] = /^(\d+)\s+(\S+)\s+(.*)$/.exec(out) ?? [];
    return ppid ? { ppid: Number(ppid), args, zombie: stat.startsWith("Z") } : undefined;
  } catch {
    return undefined;
  }
}
