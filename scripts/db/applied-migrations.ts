import pg from "pg";

/**
 * Whether `prisma migrate deploy` would have nothing to do: every local migration is recorded
 * as finished (and not rolled back) in `_prisma_migrations`, and no migration is in a failed
 * state. Read with one plain query so the common case never loads the ~5 MB wasm engine.
 * Anything else (no table yet, pending or failed migrations) is left to the engine, which
 * applies or reports exactly as `migrate deploy` does.
 */
export async function isUpToDate(url: string, localNames: string[]): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => {});
  await client.connect();
  try {
    const { rows: [table] } = await client.query<{ name: string | null }>(
      "SELECT to_regclass('_prisma_migrations')::text AS name",
    );
    if (!table?.name) return localNames.length === 0;
    const { rows } = await client.query<{ migration_name: string; done: boolean; failed: boolean }>(
      `SELECT migration_name,
              finished_at IS NOT NULL AND rolled_back_at IS NULL AS done,
              finished_at IS NULL AND rolled_back_at IS NULL AS failed
         FROM _prisma_migrations`,
    );
    if (rows.some((row) => row.failed)) return false;
    const done = new Set(rows.filter((row) => row.done).map((row) => row.migration_name));
    return localNames.every((name) => done.has(name));
  } finally {
    await client.end();
  }
}
