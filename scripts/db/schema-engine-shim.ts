// Entry point of scripts/db/prisma-schema-engine: the command line of Prisma's native schema engine
// (`--version`, `cli can-connect-to-database|create-database|drop-database`, and otherwise a
// JSON-RPC server on stdin/stdout), answered by the WebAssembly engine.
import { parseArgs } from "node:util";
import { runShimCliCommand } from "./schema-engine-shim-cli.ts";
import { serveJsonRpc } from "./schema-engine-shim-rpc.ts";
import { engineVersion } from "./wasm-schema-engine.ts";

const { values, positionals } = parseArgs({
  options: {
    version: { type: "boolean", short: "V" },
    datamodels: { type: "string", multiple: true },
    datasource: { type: "string" },
    "enabled-preview-features": { type: "string" },
    "extension-types": { type: "string" },
  },
  allowPositionals: true,
  strict: false,
});

const datasource = JSON.parse((values.datasource as string | undefined) ?? "{}") as { url?: string };
const url = datasource.url ?? "";

if (values.version) {
  process.stdout.write(`schema-engine-cli ${await engineVersion()}\n`);
  process.exit(0);
} else if (positionals[0] === "cli") {
  process.exit(await runShimCliCommand(positionals[1] ?? "", url));
} else {
  await serveJsonRpc({ url, schemaPaths: (values.datamodels as string[] | undefined) ?? [] });
  process.exit(0);
}

