/**
 * The process's lifecycle, shared between the HTTP server (scripts/lib/serve-next.ts, loaded by tsx or
 * bundled into the standalone server) and the app's modules (bundled by Next): they do not share module
 * instances, so the state lives on globalThis under registered symbols. Deliberately not "server-only":
 * the server imports it outside Next's bundler. ADR 0047.
 */
type Hook = { name: string; run: () => Promise<void> | void; stage: "flush" | "close" };
type State = { draining: boolean; hooks: Map<string, Hook> };

const KEY = Symbol.for("mmso.lifecycle");

function state(): State {
  const holder = globalThis as unknown as Record<symbol, State | undefined>;
  holder[KEY] ??= { draining: false, hooks: new Map() };
  return holder[KEY];
}

/** True once the process was asked to stop: readiness answers 503 and new work is refused. */
export const isDraining = (): boolean => state().draining;

export function markDraining(): void {
  state().draining = true;
}

/**
 * Registers work to do after the last request finished and before the process exits. Stage "flush"
 * (write pending counts, stop a listener) runs before stage "close" (end connection pools), so a
 * flush still has its pool. Registering the same name again replaces the hook, so a module loaded
 * twice (hot reload, two bundles) runs its hook once.
 */
export function onShutdown(name: string, run: Hook["run"], stage: Hook["stage"] = "close"): void {
  state().hooks.set(name, { name, run, stage });
}

/**
 * Runs the hooks, stage by stage, side by side within a stage; a failing or slow hook never blocks
 * the others or the exit.
 */
export async function runShutdownHooks(timeoutMs = 5_000): Promise<{ name: string; ok: boolean }[]> {
  const all = [...state().hooks.values()];
  const flushed = await runStage(all.filter((h) => h.stage === "flush"), timeoutMs);
  return [...flushed, ...(await runStage(all.filter((h) => h.stage === "close"), timeoutMs))];
}

async function runStage(hooks: Hook[], timeoutMs: number): Promise<{ name: string; ok: boolean }[]> {
  const bounded = (hook: Hook) =>
    Promise.race([
      Promise.resolve()
        .then(() => hook.run())
        .then(() => ({ name: hook.name, ok: true })),
      new Promise<{ name: string; ok: boolean }>((resolve) => setTimeout(() => resolve({ name: hook.name, ok: false }), timeoutMs).unref()),
    ]).catch(() => ({ name: hook.name, ok: false }));
  return Promise.all(hooks.map(bounded));
}

/** Tests only: back to a fresh process. */
export function resetLifecycleForTests(): void {
  const s = state();
  s.draining = false;
  s.hooks.clear();
}
