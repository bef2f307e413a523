/**
 * `npm test`: every test. Unit and integration tests (vitest, real embedded PostgreSQL), then the
 * Playwright journeys against the production build (Debian's Chromium), after the type check and
 * lint. Prints one closing line "tests: N passed, N failed" and exits non-zero when anything failed.
 * After vitest, the policy-truth check (scripts/policy-truth.ts, ADR 0038) prints which tests name
 * each clause of the privacy policy and fails the run when a clause has none.
 * Last, `npm run test:scale-out` (ADR 0047): 3 production instances and 2 workers behind nginx;
 * each of its invariants counts as one test.
 * Flags: --no-e2e (skip the browser tests), --only-e2e, --no-static (skip type check and lint),
 * --no-scale-out.
 */
import { spawn } from "node:child_process";
import { mkdir, readFile } from "node:fs/promises";

const args = new Set(process.argv.slice(2));
const results = ".data/test-results";
await mkdir(results, { recursive: true });

function run(command: string, commandArgs: string[], env: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, { stdio: "inherit", env: { ...process.env, ...env } });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Like run(), also keeping what the command printed (it is still shown as it comes). */
function runCapturing(command: string, commandArgs: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, { stdio: ["ignore", "pipe", "inherit"], env: process.env });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString("utf8");
      process.stdout.write(chunk);
    });
    child.on("exit", (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

type Tally = { passed: number; failed: number; skipped: number; seconds: number };
const tallies: Record<string, Tally> = {};
let exitCode = 0;
let staticFailures = 0;

if (!args.has("--no-static") && !args.has("--only-e2e")) {
  for (const [name, command] of [["typecheck", ["tsc", "--noEmit"]], ["lint", ["eslint", "."]]] as const) {
    const started = performance.now();
    const code = await run("npx", [...command]);
    process.stdout.write(`${name}: ${code === 0 ? "clean" : "FAILED"} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    if (code !== 0) {
      exitCode = code;
      staticFailures += 1;
    }
  }
}

if (!args.has("--only-e2e")) {
  const started = performance.now();
  const code = await run("npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile=${results}/vitest.json`]);
  const report = JSON.parse(await readFile(`${results}/vitest.json`, "utf8").catch(() => "{}")) as Record<string, number>;
  tallies.vitest = {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + (code !== 0 && !report.numFailedTests ? 1 : 0),
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
    seconds: (performance.now() - started) / 1000,
  };
  if (code !== 0) exitCode = code;
}

if (!args.has("--only-e2e")) {
  // A clause of the policy list without a test fails the run like a failed test (ADR 0038).
  const code = await run("npx", ["tsx", "scripts/policy-truth.ts"]);
  if (code !== 0) {
    exitCode = code;
    staticFailures += 1;
  }
}

if (!args.has("--no-e2e")) {
  const started = performance.now();
  const code = await run("npx", ["playwright", "test"]);
  const report = JSON.parse(await readFile(`${results}/e2e.json`, "utf8").catch(() => "{}")) as {
    stats?: { expected?: number; unexpected?: number; flaky?: number; skipped?: number };
  };
  const stats = report.stats ?? {};
  tallies.e2e = {
    passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
    failed: (stats.unexpected ?? 0) + (code !== 0 && !stats.unexpected ? 1 : 0),
    skipped: stats.skipped ?? 0,
    seconds: (performance.now() - started) / 1000,
  };
  if (code !== 0) exitCode = code;
}

if (!args.has("--no-scale-out") && !args.has("--only-e2e")) {
  const started = performance.now();
  const { code, output } = await runCapturing("npx", ["tsx", "scripts/scale-out/run.ts"]);
  const held = output.match(/^ {2}held {4}/gm)?.length ?? 0;
  const violated = output.match(/^ {2}VIOLATED /gm)?.length ?? 0;
  tallies.scaleOut = { passed: held, failed: violated + (code !== 0 && violated === 0 ? 1 : 0), skipped: 0, seconds: (performance.now() - started) / 1000 };
  if (code !== 0) exitCode = code;
}

const total = Object.values(tallies).reduce(
  (sum, t) => ({ passed: sum.passed + t.passed, failed: sum.failed + t.failed, skipped: sum.skipped + t.skipped }),
  { passed: 0, failed: staticFailures, skipped: 0 },
);
for (const [name, t] of Object.entries(tallies)) {
  process.stdout.write(`${name}: ${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped in ${t.seconds.toFixed(1)} s\n`);
}
process.stdout.write(`tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped\n`);
process.exit(exitCode !== 0 || total.failed > 0 ? 1 : 0);
