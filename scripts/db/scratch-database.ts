import { randomUUID } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { databaseUrl, dropDatabase, ensureDatabase } from "./databases.ts";
import { findFreePort, startEmbeddedPostgres } from "./embedded-postgres.ts";

export type ScratchDatabase = { url: string; close(): Promise<void> };

/**
 * An empty database to be thrown away: a new database on the DATABASE_URL server when that is
 * set, otherwise a throwaway embedded cluster under the OS tmp dir.
 */
export async function openScratchDatabase(): Promise<ScratchDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const name = `mmso_scratch_${randomUUID().replaceAll("-", "")}`;
    await ensureDatabase(serverUrl, name);
    return { url: databaseUrl(serverUrl, name), close: () => dropDatabase(serverUrl, name) };
  }
  // Directly under the tmp dir: as root the cluster belongs to the `postgres` OS user, and a
  // 0700 root-owned parent (what mkdtemp makes) would lock it out.
  const dataDir = path.join(os.tmpdir(), `mmso-pg-${randomUUID()}`);
  const server = await startEmbeddedPostgres({ dataDir, port: await findFreePort(), persistent: false });
  try {
    await ensureDatabase(server.adminUrl, "scratch");
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { url: server.urlFor("scratch"), close: server.stop };
}

/** Runs `work` against a scratch database (see openScratchDatabase) and throws it away afterwards. */
export async function withScratchDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  const scratch = await openScratchDatabase();
  try {
    return await work(scratch.url);
  } finally {
    await scratch.close();
  }
}
