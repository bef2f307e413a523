/**
 * The scale bench's own PostgreSQL (persistent data dir, so `--reuse` can skip the seed) and its
 * preparation: migrations, the base and demo seed as `npm start` makes them, then the bulk seed.
 * The load runs with fsync off (ALTER SYSTEM, reloaded); the measurements run on the cluster's
 * ordinary settings again, restored before VACUUM ANALYZE and a checkpoint.
 */
import path from "node:path";
import pg from "pg";
import { seedDatabase } from "../../../prisma/seed/index.ts";
import { dropDatabase, ensureDatabase } from "../../db/databases.ts";
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from "../../db/embedded-postgres.ts";
import { applyMigrations } from "../../db/schema-engine.ts";
import { seedScale, topUpOldEvents, type SeedSizes, type SeedStep } from "./seed.ts";

export const DB_NAME = "mmso_scale";

export async function startCluster(dataDir: string, port: number): Promise<EmbeddedPostgresHandle> {
  return startEmbeddedPostgres({ dataDir: path.resolve(dataDir), port, persistent: true });
}

/** What a seeded database says it holds (a comment on the database), or null. */
async function seededSizes(admin: pg.Client): Promise<SeedSizes | null> {
  const { rows } = await admin.query<{ c: string | null }>("SELECT shobj_description(oid, 'pg_database') AS c FROM pg_database WHERE datname = $1", [DB_NAME]);
  try {
    return rows[0]?.c ? (JSON.parse(rows[0].c) as SeedSizes) : null;
  } catch {
    return null;
  }
}

const FAST_LOAD = { fsync: "off", synchronous_commit: "off", full_page_writes: "off", max_wal_size: "8GB", checkpoint_timeout: "30min", autovacuum: "off" };

async function setSystem(admin: pg.Client, settings: Record<string, string> | null) {
  for (const name of Object.keys(FAST_LOAD)) {
    await admin.query(settings ? `ALTER SYSTEM SET ${name} = '${settings[name]}'` : `ALTER SYSTEM RESET ${name}`);
  }
  await admin.query("SELECT pg_reload_conf()");
}

export type Prepared = { url: string; reused: boolean; steps: SeedStep[]; seedSeconds: number };

/**
 * A database holding `sizes`: reused as it is when `reuse` and it was seeded with the same sizes,
 * otherwise dropped and seeded afresh.
 */
export async function prepareDatabase(server: EmbeddedPostgresHandle, sizes: SeedSizes, reuse: boolean, say: (line: string) => void): Promise<Prepared> {
  const url = server.urlFor(DB_NAME);
  const admin = new pg.Client({ connectionString: server.adminUrl });
  await admin.connect();
  try {
    const existing = await seededSizes(admin);
    if (reuse && existing && JSON.stringify(existing) === JSON.stringify(sizes)) {
      say("reusing the seeded database (--reuse)");
      await setSystem(admin, null); // in case a killed run left the load settings behind
      await applyMigrations(url);
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        say(`usage events past retention put back after the last run's pruning: ${await topUpOldEvents(client, sizes)}`);
      } finally {
        await client.end().catch(() => {});
      }
      return { url, reused: true, steps: [], seedSeconds: 0 };
    }
    if (reuse) say(existing ? "seeded with other sizes: seeding afresh" : "nothing to reuse: seeding");
    const started = performance.now();
    await dropDatabase(server.adminUrl, DB_NAME);
    await ensureDatabase(server.adminUrl, DB_NAME);
    await applyMigrations(url);
    const summary = await seedDatabase(url, { demo: true });
    say(`migrations, base and demo seed: ${((performance.now() - started) / 1000).toFixed(1)} s (demo ${summary.demo})`);
    await setSystem(admin, FAST_LOAD);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    let steps: SeedStep[];
    try {
      steps = await seedScale(client, sizes, say);
    } finally {
      await client.end().catch(() => {});
    }
    await setSystem(admin, null);
    const vacuum = new pg.Client({ connectionString: url });
    await vacuum.connect();
    let at = performance.now();
    // Autovacuum would have run after such a load: statistics, visibility map, GIN pending lists.
    await vacuum.query("VACUUM (ANALYZE)");
    await vacuum.query("CHECKPOINT");
    await vacuum.end();
    steps.push({ table: "VACUUM ANALYZE + CHECKPOINT", rows: 0, seconds: (performance.now() - at) / 1000 });
    say(`  ${"VACUUM ANALYZE + CHECKPOINT".padEnd(28)} ${"".padStart(10)}       ${((performance.now() - at) / 1000).toFixed(1).padStart(6)} s`);
    at = performance.now();
    await admin.query(`COMMENT ON DATABASE ${DB_NAME} IS '${JSON.stringify(sizes)}'`);
    return { url, reused: false, steps, seedSeconds: (performance.now() - started) / 1000 };
  } catch (error) {
    await setSystem(admin, null).catch(() => {});
    throw error;
  } finally {
    await admin.end().catch(() => {});
  }
}

export type SizeRow = { table: string; rows: number; bytes: number };

/** The database's size and its biggest tables (rows as counted by the last ANALYZE). */
export async function databaseSizes(url: string): Promise<{ total: number; tables: SizeRow[] }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: total } = await client.query<{ n: string }>("SELECT pg_database_size(current_database()) AS n");
    const { rows } = await client.query<{ table: string; rows: string; bytes: string }>(
      `SELECT c.relname AS table, greatest(c.reltuples, 0)::bigint AS rows, pg_total_relation_size(c.oid) AS bytes
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY pg_total_relation_size(c.oid) DESC LIMIT 10`,
    );
    return { total: Number(total[0]?.n ?? 0), tables: rows.map((r) => ({ table: r.table, rows: Number(r.rows), bytes: Number(r.bytes) })) };
  } finally {
    await client.end();
  }
}

export const gib = (bytes: number) => `${(bytes / 2 ** 30).toFixed(2)} GiB`;
