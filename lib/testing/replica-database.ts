import { randomBytes } from "node:crypto";
import pg from "pg";
import { databaseUrl, dropDatabase } from "../../scripts/db/databases.ts";
import { TEMPLATE_DATABASE } from "./integration/names.ts";

export type ReplicaDatabase = { url: string; drop(): Promise<void> };

/**
 * A second database on the integration server, migrated like the test's own (a copy of the migrated
 * template), to stand in for a read replica of DATABASE_URL (ADR 0045). Fill it with copySnapshot.
 */
export async function createReplicaDatabase(primaryUrl: string): Promise<ReplicaDatabase> {
  const name = `replica_${randomBytes(6).toString("hex")}`;
  await withClient(primaryUrl, (client) => client.query(`CREATE DATABASE "${name}" TEMPLATE "${TEMPLATE_DATABASE}"`));
  return { url: databaseUrl(primaryUrl, name), drop: () => dropDatabase(primaryUrl, name) };
}

/**
 * Makes `replicaUrl` hold exactly the rows of `primaryUrl` right now, as a replica would after
 * catching up: every table is emptied and refilled with the primary's rows. Triggers and foreign
 * keys are off while copying (session_replication_role = replica, as on a logical-replication
 * subscriber), so trigger-kept columns and sums are copied as they are, not recomputed.
 */
export async function copySnapshot(primaryUrl: string, replicaUrl: string): Promise<void> {
  await withClient(primaryUrl, (primary) =>
    withClient(replicaUrl, async (replica) => {
      const { rows } = await primary.query<{ name: string }>(
        "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
      );
      const tables = rows.map((row) => primary.escapeIdentifier(row.name));
      await replica.query("BEGIN");
      await replica.query("SET LOCAL session_replication_role = replica");
      await truncatePublicTables(replica);
      for (const table of tables) {
        const { rows: [copy] } = await primary.query<{ data: unknown[] }>(`SELECT coalesce(json_agg(t), '[]'::json) AS data FROM ${table} t`);
        const data = copy?.data ?? [];
        if (data.length > 0) await replica.query(`INSERT INTO ${table} SELECT * FROM json_populate_recordset(NULL::${table}, $1)`, [JSON.stringify(data)]);
      }
      await replica.query("COMMIT");
    }),
  );
}

/**
 * Empties every table of the public schema (rows a migration seeded too), e.g. before a logical
 * replication subscription copies the publisher's rows in.
 */
export async function truncatePublicTables(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'");
  if (rows.length > 0) await client.query(`TRUNCATE ${rows.map((row) => client.escapeIdentifier(row.name)).join(", ")}`);
}

/** Runs one statement-by-statement `work` on its own connection to `url`. */
export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
