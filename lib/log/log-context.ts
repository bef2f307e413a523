// Deliberately not `server-only`: the logger under it is loaded by plain Node scripts too (see access-log.ts).
import { AsyncLocalStorage } from "node:async_hooks";

/** Ids that tie a log line to the unit of work it came from. Ids only: never a person's data. */
export type LogContext = {
  requestId?: string;
  /** The API operation (an endpoint's operationId) or server action. */
  route?: string;
  jobId?: string;
  job?: string;
  outboxId?: string;
  outboxKind?: string;
};

// One store per process even when a bundler loads this module more than once (Next splits the
// server into chunks): a context opened by handle() must be seen by the logger whichever copy it has.
const KEY = Symbol.for("mmso.log-context");
const holder = globalThis as unknown as Record<symbol, AsyncLocalStorage<LogContext> | undefined>;
const storage = (holder[KEY] ??= new AsyncLocalStorage<LogContext>());

/** Runs `work` with `context` (on top of any enclosing one) added to every line it logs. */
export function withLogContext<T>(context: LogContext, work: () => T): T {
  return storage.run({ ...storage.getStore(), ...context }, work);
}

/** The ids of the work in progress, or undefined outside any. */
export function currentLogContext(): LogContext | undefined {
  return storage.getStore();
}
