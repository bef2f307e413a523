// Deliberately not `server-only`: this is the bridge that lets `npm start` (scripts/start.ts, run
// by tsx outside Next's bundler) load the server modules the jobs are made of.
import { register } from "node:module";
import type { OutboxWorker, OutboxWorkerOptions } from "../outbox/worker";
import type { Jobs, StartJobsOptions } from "./start-jobs";

/**
 * Every lib/ module imports "server-only", whose default export throws outside a React Server
 * bundle; Next resolves it with the `react-server` condition. This resolve hook does the same for
 * that one package, so the jobs run the very modules the app runs (no copies, no mocks).
 */
const SERVER_ONLY_HOOK = `export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return next(specifier, { ...context, conditions: [...context.conditions, "react-server"] });
  return next(specifier, context);
}`;

const state = globalThis as unknown as { mmsoServerOnlyHook?: boolean };

/**
 * Starts the scheduled jobs (ADR 0017) in this process, on the given database: called by
 * scripts/start.ts once the server is listening, after DATABASE_URL and APP_MODE are set.
 */
export async function startJobsInProcess(connectionString: string, options: Omit<StartJobsOptions, "connectionString" | "jobs"> = {}): Promise<Jobs> {
  registerServerOnlyHook();
  const { startJobs } = await import("./start-jobs.ts");
  return startJobs({ ...options, connectionString });
}

/**
 * Starts the outbox worker (ADR 0026) in this process. DATABASE_URL must already be set: the
 * handlers use the app's Prisma client, which reads it.
 */
export async function startOutboxInProcess(options: Omit<OutboxWorkerOptions, "handlers"> = {}): Promise<OutboxWorker> {
  registerServerOnlyHook();
  const { startOutbox } = await import("../outbox/start-outbox.ts");
  return startOutbox(options);
}

/** Lets this process import lib/ modules outside Next (also used by test fixtures that run workers). */
export function registerServerOnlyHook() {
  if (state.mmsoServerOnlyHook) return;
  register(`data:text/javascript,${encodeURIComponent(SERVER_ONLY_HOOK)}`);
  state.mmsoServerOnlyHook = true;
}
