/**
 * `npm run faults`: the four fault suites in sequence, each bounded by its own hard deadline
 * (webhook-storm 8 min, coupon-race 5, kill-payments 40, pg-restart 5; see ADR 0040 for the times
 * seen); arguments (e.g. --no-doc) are passed on. Exits non-zero when any suite did, after
 * running them all.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";

const SUITES = ["webhook-storm", "coupon-race", "kill-payments", "pg-restart"];
const tsxCli = path.join(process.cwd(), "node_modules", "tsx", "dist", "cli.mjs");
const failed: string[] = [];
for (const suite of SUITES) {
  process.stdout.write(`\n=== fault:${suite} ===\n`);
  const started = performance.now();
  const run = spawnSync(process.execPath, [tsxCli, `scripts/fault/${suite}.ts`, ...process.argv.slice(2)], { stdio: "inherit" });
  process.stdout.write(`=== fault:${suite}: exit ${run.status ?? run.signal} in ${((performance.now() - started) / 1000).toFixed(0)} s ===\n`);
  if (run.status !== 0) failed.push(suite);
}
process.stdout.write(failed.length === 0 ? "\nall fault suites held\n" : `\nFAILED: ${failed.join(", ")}\n`);
process.exit(failed.length === 0 ? 0 : 1);
