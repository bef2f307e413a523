// Run by jobs.integration.test.ts with tsx, as scripts/start.ts runs the jobs: outside Next and
// vitest, so "server-only" and the "@/" paths resolve as they do under `npm start`.
import { startJobsInProcess } from "../start-in-process.ts";

const jobs = await startJobsInProcess(process.env.DATABASE_URL ?? "", { cron: false, pollingIntervalSeconds: 0.5 });
const id = await jobs.boss.send("commerce.expire-orders", {});
let state: string | undefined;
let output: unknown;
for (let tries = 0; tries < 100 && state !== "completed" && state !== "failed"; tries++) {
  await new Promise((resolve) => setTimeout(resolve, 100));
  const job = id ? await jobs.boss.getJobById("commerce.expire-orders", id) : null;
  state = job?.state;
  output = job?.output;
}
await jobs.stop();
process.stdout.write(`${JSON.stringify({ state, output })}\n`);
process.exit(0);
