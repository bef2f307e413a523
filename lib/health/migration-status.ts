import "server-only";
import { readdir } from "node:fs/promises";
import path from "node:path";
import type { Db } from "@/lib/db";

export type MigrationStatus = {
  /** Migrations this build ships that the database has not finished (run `npm run db:deploy`). */
  pending: string[];
  /** Migrations recorded as started but neither finished nor rolled back: a failed deploy. */
  failed: string[];
  /** Finished migrations this build does not know: a newer release migrated first (expand step). */
  ahead: number;
};

/**
 * The migrations this build ships: the folder names of prisma/migrations, read from the working
 * directory (the project, or the standalone bundle, which carries a copy: scripts/production/
 * finish-standalone.ts). Read once: a running build's migrations never change.
 */
let shipped: Promise<string[]> | undefined;
export function shippedMigrations(dir = path.join(/* turbopackIgnore: true */ process.cwd(), "prisma", "migrations")): Promise<string[]> {
  shipped ??= readdir(dir, { withFileTypes: true }).then((entries) =>
    entries.filter((e) => e.isDirectory()).map((e) => e.name).sort(),
  );
  return shipped;
}

/** Compares the shipped migrations with `_prisma_migrations`, as `prisma migrate status` would. */
export async function migrationStatus(client: Pick<Db, "$queryRaw">, expected: string[]): Promise<MigrationStatus> {
  const [table] = await client.$queryRaw<{ name: string | null }[]>`SELECT to_regclass('_prisma_migrations')::text AS name`;
  if (!table?.name) return { pending: expected, failed: [], ahead: 0 };
  const rows = await client.$queryRaw<{ name: string; done: boolean; failed: boolean }[]>`
    SELECT migration_name AS name,
           finished_at IS NOT NULL AND rolled_back_at IS NULL AS done,
           finished_at IS NULL AND rolled_back_at IS NULL AS failed
      FROM _prisma_migrations`;
  const done = new Set(rows.filter((r) => r.done).map((r) => r.name));
  const known = new Set(expected);
  return {
    pending: expected.filter((name) => !done.has(name)),
    failed: rows.filter((r) => r.failed).map((r) => r.name),
    ahead: [...done].filter((name) => !known.has(name)).length,
  };
}
