/**
 * One reconciliation run (the `commerce.reconcile` job: lib/jobs/reconcile-job.ts) in a process of
 * its own, against DATABASE_URL, printing its counts as one JSON line. A separate process because
 * the fault script's own database connections die with every kill, and the app's Prisma client is
 * a process-wide singleton bound to one URL.
 */
import { registerServerOnlyHook } from "../../../lib/jobs/start-in-process.ts";

registerServerOnlyHook();
const { reconcileJob } = await import("../../../lib/jobs/reconcile-job.ts");
const counts = await reconcileJob();
process.stdout.write(`${JSON.stringify(counts)}\n`);
process.exit(0);
