import pg from "pg";
import { databaseUrl, dropDatabase, ensureDatabase } from "./databases.ts";

/**
 * `prisma-schema-engine cli <command>` as the Prisma CLI runs it before migrating. Failures are
 * reported the way the native engine does, so the CLI reacts the same (P1003 → it offers to
 * create the database): a first stderr line it skips, then one JSON log line with an error code.
 */
export async function runShimCliCommand(command: string, url: string): Promise<number> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  try {
    if (command === "can-connect-to-database") {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.end();
    } else if (command === "create-database") {
      await ensureDatabase(databaseUrl(url, "postgres"), name);
      process.stdout.write(`Database '${name}' was successfully created.\n`);
    } else if (command === "drop-database") {
      await dropDatabase(databaseUrl(url, "postgres"), name);
    } else {
      throw new Error(`unknown command: cli ${command}`);
    }
    return 0;
  } catch (error) {
    const { host } = new URL(url);
    const [code, message] = describe(error as { code?: string; message?: string }, name, host);
    const line = { level: "ERROR", target: "schema_engine::logger", fields: { message, error_code: code } };
    process.stderr.write(`prisma-schema-engine (wasm shim)\n${JSON.stringify(line)}`);
    return 1;
  }
}

function describe(error: { code?: string; message?: string }, name: string, host: string): [string | undefined, string] {
  switch (error.code) {
    case "3D000":
      return ["P1003", `Database \`${name}\` does not exist on the database server at \`${host}\`.`];
    case "28P01":
    case "28000":
      return ["P1000", `Authentication failed against database server at \`${host}\`.`];
    case "ECONNREFUSED":
    case "ENOTFOUND":
      return ["P1001", `Can't reach database server at \`${host}\`.`];
    default:
      return [undefined, error.message ?? String(error)];
  }
}
