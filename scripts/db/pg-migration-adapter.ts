import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { CharAwareClient, restoreCharColumns } from "./char-columns.ts";
import { databaseUrl, dropDatabase, ensureDatabase } from "./databases.ts";

/** What the schema engine connected to, so everything can be closed and dropped afterwards. */
export type MigrationAdapterFactory = SqlMigrationAwareDriverAdapterFactory & { close(): Promise<void> };

/**
 * The driver-adapter factory handed to the wasm schema engine: the database at `url`, plus
 * shadow databases `prisma_shadow_<uuid>` on the same server, created and dropped here (the
 * stock factory's shadow pool silently reconnects to the main database).
 */
export function createMigrationAdapterFactory(url: string): MigrationAdapterFactory {
  const pools = new Set<pg.Pool>();
  const shadows = new Set<string>();

  const connectTo = async (databaseUrlToUse: string): Promise<{ adapter: SqlDriverAdapter; pool: pg.Pool }> => {
    const pool = new pg.Pool({ connectionString: databaseUrlToUse, Client: CharAwareClient, max: 4 });
    pool.on("error", () => {}); // idle clients dropped by a server shutdown must not crash the process
    pools.add(pool);
    const adapter = restoreCharColumns(await new PrismaPg(pool).connect());
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => restoreCharColumns(await startTransaction(isolationLevel));
    // One simple query per script: no splitting on ";" (breaks $$ bodies and string literals), and
    // a multi-statement simple query is one implicit transaction, so a failed migration leaves
    // nothing half applied — the same protocol the native engine uses.
    adapter.executeScript = async (script: string) => {
      try {
        await pool.query(script);
      } catch (error) {
        (adapter as unknown as { onError(error: unknown): never }).onError(error);
      }
    };
    return { adapter, pool };
  };

  const dropShadow = async (name: string) => {
    if (shadows.delete(name)) await dropDatabase(url, name);
  };

  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: async () => (await connectTo(url)).adapter,
    async connectToShadowDb() {
      const name = `prisma_shadow_${randomUUID().replaceAll("-", "")}`;
      await ensureDatabase(url, name);
      shadows.add(name);
      const { adapter, pool } = await connectTo(databaseUrl(url, name));
      adapter.dispose = async () => {
        pools.delete(pool);
        await pool.end().catch(() => {});
        await dropShadow(name);
      };
      return adapter;
    },
    async close() {
      await Promise.all([...pools].map((pool) => pool.end().catch(() => {})));
      pools.clear();
      await Promise.all([...shadows].map(dropShadow));
    },
  };
}

