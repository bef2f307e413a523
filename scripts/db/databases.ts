import pg from "pg";

/**
 * Creates database `name` unless it exists. Checks pg_database first: a failing CREATE DATABASE
 * on an existing name would abort whatever transaction or client shares the connection.
 * The locale is explicit so a server initialised with a `C` (ASCII) ctype cannot break
 * pg_trgm and ILIKE on Burmese text.
 */
export async function ensureDatabase(adminUrl: string, name: string): Promise<"created" | "exists"> {
  return withAdminClient(adminUrl, async (client) => {
    if (await databaseExists(client, name)) return "exists";
    try {
      await client.query(
        `CREATE DATABASE ${client.escapeIdentifier(name)} ` +
          `TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`,
      );
      return "created";
    } catch (error) {
      // Another process created it between our check and CREATE (42P04 duplicate_database, or
      // 23505 when both inserted into pg_database at once): that is still "exists".
      const code = (error as { code?: string }).code;
      if ((code === "42P04" || code === "23505") && (await databaseExists(client, name))) return "exists";
      throw error;
    }
  });
}

/** Drops database `name` if it exists, disconnecting its sessions (WITH (FORCE), PostgreSQL 13+). */
export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await withAdminClient(adminUrl, (client) =>
    client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`),
  );
}

/** The URL of database `name` on the same server and credentials as `url`. */
export function databaseUrl(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(name)}`;
  return parsed.toString();
}

async function databaseExists(client: pg.Client, name: string): Promise<boolean> {
  const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
  return (rowCount ?? 0) > 0;
}

async function withAdminClient<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  // A server shutting down (57P01) would otherwise surface as an unhandled "error" event.
  client.on("error", () => {});
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
