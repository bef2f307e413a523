/**
 * The production app server: `npm run start:production` = `node .next/standalone/server.mjs`.
 * Built into the standalone bundle by scripts/production/finish-standalone.ts (esbuild; `next` stays
 * external and resolves from the bundle's own node_modules). It serves, and nothing else: no embedded
 * database, no migrations (`npm run db:deploy` is a separate step; readiness answers 503 until it ran),
 * no seeding, no jobs (`npm run worker`). ADR 0047.
 * Environment: PORT (3000), HOSTNAME (0.0.0.0), and everything in lib/config/parse-env.ts.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { EnvError, parseEnv } from "../../lib/config/parse-env.ts";
import { log } from "../../lib/log/logger.ts";
import { gracefulShutdown } from "../lib/graceful-shutdown.ts";
import { serveNext, type ServedApp } from "../lib/serve-next.ts";

const line = (level: "info" | "error", event: string, fields: Record<string, unknown> = {}) => log[level](event, { role: "app", ...fields });

const dir = path.dirname(fileURLToPath(import.meta.url));
process.chdir(dir);
(process.env as Record<string, string>).NODE_ENV = "production";
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

let env: ReturnType<typeof parseEnv>;
try {
  env = parseEnv(process.env);
} catch (error) {
  // The problems name variables, never their values.
  process.stderr.write(`[mmso] ${error instanceof EnvError ? error.message : String(error)}\n`);
  process.exit(1);
}
if (!env.DATABASE_URL) {
  process.stderr.write("[mmso] DATABASE_URL is required: the production server never starts a database of its own\n");
  process.exit(1);
}

const { config } = JSON.parse(readFileSync(path.join(dir, ".next", "required-server-files.json"), "utf8")) as { config: Record<string, unknown> };
// What Next's own standalone server.js does before loading next: the build's config, serialized.
process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(config);

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? "0.0.0.0";
let app: ServedApp | undefined;
let stopping = false;

async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  line("info", "shutdown.signal", { signal });
  await gracefulShutdown({
    app,
    drainDelayMs: env.SHUTDOWN_DRAIN_DELAY_MS,
    drainTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
    say: (event, fields) => line("info", event, fields),
  });
  process.exit(0);
}
process.on("SIGTERM", () => void stop("SIGTERM"));
process.on("SIGINT", () => void stop("SIGINT"));

try {
  app = await serveNext({ dev: false, dir, port, hostname, conf: config });
  line("info", "server.listening", { port, hostname, mode: env.APP_MODE, pid: process.pid });
} catch (error) {
  line("error", "server.start_failed", { error: error instanceof Error ? error.name : typeof error, code: (error as { code?: string }).code });
  process.exit(1);
}
