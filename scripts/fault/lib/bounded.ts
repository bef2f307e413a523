/**
 * Every fault script is bounded in time: a hard deadline stops it (children killed by process
 * group, exit 2) however the fault left things. Children are spawned `detached`, so each is the
 * leader of its own process group and one signal reaches everything it started.
 */
const groups = new Set<number>();
const cleanups: (() => Promise<void>)[] = [];

/** Remembers a detached child's process group: it is SIGKILLed on every way out of the script. */
export function trackGroup(pid: number): void {
  groups.add(pid);
}

export function untrackGroup(pid: number): void {
  groups.delete(pid);
}

/** An asynchronous clean-up (e.g. a graceful PostgreSQL stop), run before the groups are killed. */
export function onCleanup(fn: () => Promise<void>): void {
  cleanups.push(fn);
}

function killGroups(): void {
  for (const pid of groups) {
    try {
      process.kill(-pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
  groups.clear();
}

async function cleanUp(): Promise<void> {
  for (const fn of cleanups.splice(0).reverse()) {
    await Promise.race([fn().catch(() => undefined), new Promise((r) => setTimeout(r, 15_000).unref())]);
  }
  killGroups();
}

/**
 * Runs a fault script: `main` resolves true when every invariant held. Exit 0 then, 1 on a
 * violated invariant or an error, 2 past the deadline, 130 when interrupted.
 */
export function runBounded(label: string, seconds: number, main: () => Promise<boolean>): void {
  process.on("exit", killGroups);
  const finish = (code: number) => void cleanUp().finally(() => process.exit(code));
  const timer = setTimeout(() => {
    process.stderr.write(`[${label}] FAILED: the ${seconds} s deadline passed; children killed\n`);
    finish(2);
  }, seconds * 1000);
  timer.unref();
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => finish(130));
  main().then(
    (ok) => {
      process.stdout.write(`[${label}] ${ok ? "all invariants held" : "FAILED: an invariant was violated"}\n`);
      finish(ok ? 0 : 1);
    },
    (error: unknown) => {
      process.stderr.write(`[${label}] FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      finish(1);
    },
  );
}

/** The value of `--name value` on the command line, or the fallback. */
export function argValue(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] ? (process.argv[at + 1] as string) : fallback;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
