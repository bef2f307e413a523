import path from "node:path";
import { ensureDatabase, dropDatabase } from "../db/databases.ts";
import { findFreePort, startEmbeddedPostgres, type EmbeddedPostgresHandle } from "../db/embedded-postgres.ts";

export type StartDatabase = { url: string; embedded: EmbeddedPostgresHandle | null };

/**
 * DATABASE_URL when set; otherwise the embedded PostgreSQL in `dataDir` (inside the project,
 * git-ignored), started on a free port near 54329 with the database `name` created on first use.
 */
export async function databaseForStart(options: {
  configuredUrl: string | undefined;
  dataDir: string;
  name: string;
  fresh: boolean;
}): Promise<StartDatabase> {
  if (options.configuredUrl) return { url: options.configuredUrl, embedded: null };
  const port = await findFreePort(54329);
  const embedded = await startEmbeddedPostgres({ dataDir: path.resolve(options.dataDir), port, persistent: true });
  if (options.fresh) await dropDatabase(embedded.adminUrl, options.name);
  await ensureDatabase(embedded.adminUrl, options.name);
  return { url: embedded.urlFor(options.name), embedded };
}
