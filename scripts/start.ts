/**
 * `npm start`: the whole platform on one machine with zero configuration. With DATABASE_URL unset
 * it starts the embedded PostgreSQL, applies migrations, seeds base data (and demo data in demo
 * mode), builds the app when the build is missing or stale, serves it on PORT (3000), and then
 * runs the scheduled jobs (pg-boss, ADR 0017) and the outbox worker (ADR 0026) in the same process.
 * Flags: --dev (next dev), --port N, --data-dir DIR, --db NAME, --fresh (recreate the database),
 * --no-jobs (serve only: `npm run worker` processes, or nobody, run the jobs and the outbox).
 * In production mode (APP_MODE=production) it never migrates or seeds and never starts a database:
 * `npm run db:deploy` is the release step, and readiness (/api/health/ready) answers 503 until it ran
 * (docs/deploy.md, ADR 0047). Several instances: `npm run start:production` (the standalone server).
 */
import { parseArgs } from "node:util";
import { applyMigrations } from "./db/schema-engine.ts";
import { buildIfStale } from "./lib/build-if-stale.ts";
import { databaseForStart } from "./lib/database-for-start.ts";
import { serveNext } from "./lib/serve-next.ts";
import { seedDatabase } from "../prisma/seed/index.ts";
import { startJobsInProcess, startOutboxInProcess } from "../lib/jobs/start-in-process.ts";
import { EnvError, parseEnv } from "../lib/config/parse-env.ts";
import { gracefulShutdown } from "./lib/graceful-shutdown.ts";
import type { ServedApp } from "./lib/serve-next.ts";

const { values } = parseArgs({
  options: {
    dev: { type: "boolean", default: false },
    port: { type: "string", default: process.env.PORT ?? "3000" },
    "data-dir": { type: "string", default: ".data/postgres" },
    db: { type: "string", default: "mmso" },
    fresh: { type: "boolean", default: false },
    "no-jobs": { type: "boolean", default: false },
  },
});

process.env.NEXT_TELEMETRY_DISABLED ??= "1";
const started = performance.now();
const say = (text: string) => process.stdout.write(`[mmso] ${text} (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
const dir = process.cwd();
const appMode = process.env.APP_MODE ?? "demo";
const port = Number(values.port);

// Refuse to start on a bad configuration before touching anything (production: missing or demo secrets).
let config: ReturnType<typeof parseEnv>;
try {
  config = parseEnv({ ...process.env, DATABASE_URL: process.env.DATABASE_URL ?? (appMode === "production" ? undefined : "embedded") });
} catch (error) {
  process.stderr.write(`[mmso] ${error instanceof EnvError ? error.message : String(error)}\n`);
  process.exit(1);
}

let server: ServedApp | undefined;
let jobs: { stop(): Promise<void> } | undefined;
let outbox: { stop(): Promise<void> } | undefined;
const database = await databaseForStart({
  configuredUrl: process.env.DATABASE_URL,
  dataDir: values["data-dir"],
  name: values.db,
  fresh: values.fresh,
});
say(database.embedded ? `embedded PostgreSQL ready, database ${values.db}` : "using DATABASE_URL");

let shuttingDown = false;
async function shutdown(code: number) {
  if (shuttingDown) return;
  shuttingDown = true;
  // Requests in flight and running jobs finish (or jobs are released for a retry) while the database
  // is still up; then pools close, then the embedded database stops.
  await gracefulShutdown({
    app: server,
    background: [jobs, outbox].filter((b): b is { stop(): Promise<void> } => b !== undefined),
    drainDelayMs: config.SHUTDOWN_DRAIN_DELAY_MS,
    drainTimeoutMs: config.SHUTDOWN_TIMEOUT_MS,
    say: (event, fields) => say(`${event} ${JSON.stringify(fields ?? {})}`),
  }).catch(() => undefined);
  await database.embedded?.stop().catch(() => undefined);
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

try {
  if (appMode === "production") {
    say("production mode: migrations and base data are the release step's (npm run db:deploy), not this instance's");
  } else {
    await applyMigrations(database.url);
    say("migrations applied");
    const seeded = await seedDatabase(database.url, { demo: true });
    say(`seed: ${JSON.stringify(seeded)}`);
  }

  process.env.DATABASE_URL = database.url;
  process.env.APP_MODE = appMode;
  if (!values.dev) {
    const build = await buildIfStale(dir, process.env);
    say(build === "built" ? "production build done" : "production build is up to date");
  }
  (process.env as Record<string, string>).NODE_ENV = values.dev ? "development" : "production";
  server = await serveNext({ dev: values.dev, port, hostname: "0.0.0.0", dir });
  say(`MMSO is serving on http://localhost:${port} in ${appMode} mode`);
  if (!values["no-jobs"]) {
    jobs = await startJobsInProcess(database.url);
    outbox = await startOutboxInProcess();
    say("scheduled jobs (pg-boss) and the outbox worker started");
  }
} catch (error) {
  process.stderr.write(`[mmso] start failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  await shutdown(1);
}
