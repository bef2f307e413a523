import { readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { dropDatabase, ensureDatabase } from "../../db/databases.ts";
import { embeddedUrl, startEmbeddedPostgres, type EmbeddedPostgresHandle } from "../../db/embedded-postgres.ts";
import { onCleanup } from "./bounded.ts";

export const FAULT_DB = "mmso_fault";

export type FaultPostgres = {
  url: string;
  adminUrl: string;
  /** Fast shutdown (SIGINT): sessions are terminated and their connections dropped. */
  stop(): Promise<void>;
  /** Starts the same cluster again on the same port. */
  start(): Promise<void>;
};

/**
 * A PostgreSQL the script owns (not the app): .data/fault-<name>-postgres on a fixed port, with a
 * fresh `mmso_fault` database. The app gets its URL as DATABASE_URL, so the script can stop and
 * start the database under a running app. Stopped on every way out of the script.
 */
export async function startFaultPostgres(name: string, port: number): Promise<FaultPostgres> {
  const dataDir = path.resolve(".data", `fault-${name}-postgres`);
  const boot = () => startEmbeddedPostgres({ dataDir, port, persistent: true });
  const state: { handle: EmbeddedPostgresHandle } = { handle: await boot() };
  onCleanup(() => state.handle.stop());
  const { adminUrl } = state.handle;
  await dropDatabase(adminUrl, FAULT_DB);
  await ensureDatabase(adminUrl, FAULT_DB);
  return {
    url: state.handle.urlFor(FAULT_DB),
    adminUrl,
    stop: () => state.handle.stop(),
    start: async () => {
      state.handle = await boot();
    },
  };
}

/** The URL of the database an app's own embedded PostgreSQL serves, read from its postmaster.pid. */
export async function urlOfAppDatabase(dataDir: string, dbName: string): Promise<string> {
  const lines = (await readFile(path.join(dataDir, "postmaster.pid"), "utf8")).split("\n");
  const port = Number(lines[3]);
  if (!(port > 0)) throw new Error(`no port in ${dataDir}/postmaster.pid`);
  return embeddedUrl(port, dbName);
}

/** A connected client; errors of an idle connection (the database went away) are swallowed. */
export async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  client.on("error", () => undefined);
  await client.connect();
  return client;
}
