import { execFile } from "node:child_process";
import path from "node:path";

export type ReconcileCounts = Record<string, number>;

/** Runs the reconciliation job once against `databaseUrl` (see run-reconcile.ts) and returns its counts. */
export function runReconciliation(databaseUrl: string, appUrl: string): Promise<ReconcileCounts> {
  const tsxCli = path.join(process.cwd(), "node_modules", "tsx", "dist", "cli.mjs");
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [tsxCli, "scripts/fault/lib/run-reconcile.ts"],
      { env: { ...process.env, DATABASE_URL: databaseUrl, APP_MODE: "demo", APP_URL: appUrl, LOG_LEVEL: "error" }, timeout: 120_000 },
      (error, stdout) => {
        if (error) return reject(new Error(`reconciliation failed: ${error.message}`));
        const line = stdout.trim().split("\n").pop() ?? "";
        try {
          resolve(JSON.parse(line) as ReconcileCounts);
        } catch {
          reject(new Error(`reconciliation printed no counts: ${line.slice(0, 200)}`));
        }
      },
    );
  });
}

/** Discrepancies of a run: what a second run after the repairs must find none of. */
export const discrepancies = (c: ReconcileCounts) =>
  (c.missing_on_our_side ?? 0) - (c.repaired ?? 0) + (c.missing_on_theirs ?? 0) + (c.amount_mismatch ?? 0) + (c.ledger_problems ?? 0) + (c.query_failed ?? 0);
