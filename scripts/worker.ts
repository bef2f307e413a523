/**
 * `npm run worker`: the background half of the platform without the web server — the scheduled
 * jobs (pg-boss, ADR 0017) and the outbox worker (ADR 0026) — on the database in DATABASE_URL.
 * Run as many as you like beside web instances started with `npm start -- --no-jobs`: schedules
 * fire once per minute across all of them and outbox claims never overlap.
 * Flags: --no-jobs (outbox only), --no-outbox (jobs only), --batch N (outbox rows per round),
 * --lease-seconds N (how long a claimed outbox row is this worker's: when a worker dies, its rows are
 * claimed again after this; default 300, at least 10 — longer than the slowest handler).
 */
import { parseArgs } from "node:util";
import { startJobsInProcess, startOutboxInProcess } from "../lib/jobs/start-in-process.ts";
import { EnvError, parseEnv } from "../lib/config/parse-env.ts";
import { markDraining, runShutdownHooks } from "../lib/lifecycle/lifecycle.ts";

const { values } = parseArgs({
  options: {
    "no-jobs": { type: "boolean", default: false },
    "no-outbox": { type: "boolean", default: false },
    batch: { type: "string", default: "500" },
    "lease-seconds": { type: "string", default: "300" },
  },
});

const say = (text: string) => process.stdout.write(`[mmso-worker] ${text}\n`);
const url = process.env.DATABASE_URL;
try {
  parseEnv(process.env);
  if (!url) throw new EnvError(["DATABASE_URL is required: the worker joins a running platform's database (npm start runs its own worker)"]);
} catch (error) {
  process.stderr.write(`[mmso-worker] ${error instanceof EnvError ? error.message : String(error)}\n`);
  process.exit(1);
}
const batchSize = Number(values.batch);
if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 1000) {
  process.stderr.write("[mmso-worker] --batch must be a whole number from 1 to 1000\n");
  process.exit(1);
}

const leaseSeconds = Number(values["lease-seconds"]);
if (!Number.isInteger(leaseSeconds) || leaseSeconds < 10 || leaseSeconds > 3600) {
  process.stderr.write("[mmso-worker] --lease-seconds must be a whole number from 10 to 3600\n");
  process.exit(1);
}

const jobs = values["no-jobs"] ? undefined : await startJobsInProcess(url);
const outbox = values["no-outbox"] ? undefined : await startOutboxInProcess({ batchSize, leaseMs: leaseSeconds * 1000 });
say(`started: ${[jobs && "scheduled jobs", outbox && "outbox"].filter(Boolean).join(" and ") || "nothing (both turned off)"}`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  // The round in progress is finished and settled before the pool closes: nothing is half done.
  // A job still running after pg-boss's timeout is failed for a retry on another worker; an outbox
  // row whose worker died (SIGKILL) is claimed again when its lease runs out (ADR 0026, ADR 0047).
  markDraining();
  await Promise.all([jobs?.stop(), outbox?.stop()]).catch(() => undefined);
  await runShutdownHooks();
  say("stopped");
  process.exit(0);
}
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
if (!jobs && !outbox) await stop();
