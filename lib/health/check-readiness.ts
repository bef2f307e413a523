import "server-only";
import { db, type Db } from "@/lib/db";
import { isDraining } from "@/lib/lifecycle/lifecycle";
import { checkHealth } from "./check-health";
import { migrationStatus, shippedMigrations, type MigrationStatus } from "./migration-status";

export type Readiness = {
  status: "ready" | "not_ready";
  /** Why not, in words an operator acts on; empty when ready. */
  reasons: ("draining" | "database_down" | "migrations_pending" | "migration_failed")[];
  database: { status: "up" | "down"; latencyMs: number };
  migrations: (MigrationStatus & { pendingCount: number }) | null;
  time: string;
};

/**
 * Whether this instance should receive traffic: it is not shutting down, the primary database
 * answers, and every migration this build ships is applied (and none failed). Migrations the
 * build does not know (a newer release ran its expand step) keep it ready: that is how
 * zero-downtime deploys work (docs/deploy.md). ADR 0047.
 */
export async function checkReadiness(options: { client?: Pick<Db, "$queryRaw">; expected?: string[] } = {}): Promise<Readiness> {
  const { client = db, expected } = options;
  const health = await checkHealth(client);
  const reasons: Readiness["reasons"] = [];
  if (isDraining()) reasons.push("draining");
  let migrations: Readiness["migrations"] = null;
  if (health.database.status === "down") reasons.push("database_down");
  else {
    const status = await migrationStatus(client, expected ?? (await shippedMigrations())).catch(() => null);
    if (!status) reasons.push("database_down");
    else {
      migrations = { ...status, pendingCount: status.pending.length };
      if (status.pending.length > 0) reasons.push("migrations_pending");
      if (status.failed.length > 0) reasons.push("migration_failed");
    }
  }
  return { status: reasons.length === 0 ? "ready" : "not_ready", reasons, database: health.database, migrations, time: health.time };
}
