import path from "node:path";
import { ensureDatabase } from "./databases.ts";
import { embeddedUrl, findFreePort, startEmbeddedPostgres } from "./embedded-postgres.ts";
import { projectRoot } from "./migrations-dir.ts";
import { inspectPostmaster } from "./stale-postmaster.ts";

export const DEV_DATA_DIR = path.join(projectRoot, ".data", "postgres");
export const DEV_DATABASE = "mmso";
const PREFERRED_PORT = 54329; // the same as npm start's, so both usually agree

export type DevDatabase = { url: string; description: string; stop(): Promise<void> };

/**
 * The zero-setup development database: `mmso` on the embedded cluster in `.data/postgres`,
 * started here, or shared when another process (say `npm start`) already runs it.
 */
export async function startDevDatabase(): Promise<DevDatabase> {
  const state = await inspectPostmaster(DEV_DATA_DIR);
  if (state.kind === "running") {
    const url = embeddedUrl(state.port, DEV_DATABASE);
    await ensureDatabase(embeddedUrl(state.port, "postgres"), DEV_DATABASE);
    return { url, description: `${DEV_DATABASE} (embedded, shared, port ${state.port})`, stop: async () => {} };
  }
  const server = await startEmbeddedPostgres({
    dataDir: DEV_DATA_DIR,
    port: await findFreePort(PREFERRED_PORT),
    persistent: true,
  });
  try {
    await ensureDatabase(server.adminUrl, DEV_DATABASE);
  } catch (error) {
    await server.stop();
    throw error;
  }
  const url = server.urlFor(DEV_DATABASE);
  return { url, description: `${DEV_DATABASE} (embedded, port ${new URL(url).port})`, stop: server.stop };
}
