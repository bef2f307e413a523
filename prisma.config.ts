import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "prisma/config";

// These machines cannot download Prisma's native schema engine: unless one was downloaded (or
// configured), the CLI's migrate commands run on the WebAssembly engine through a stand-in
// executable. See docs/decisions/0002-migrations-with-the-wasm-schema-engine.md.
const root = path.dirname(fileURLToPath(import.meta.url));
const shim = path.join(root, "scripts", "db", "prisma-schema-engine");
const nativeEngineDownloaded = ["node_modules/@prisma/engines", "node_modules/prisma"].some((dir) =>
  readdirSafe(path.join(root, dir)).some((file) => file.startsWith("schema-engine-") && !file.endsWith(".wasm")),
);
if (!process.env.PRISMA_SCHEMA_ENGINE_BINARY && !nativeEngineDownloaded) {
  // `prisma generate` only needs some existing file here; the shim does the real work for migrate.
  process.env.PRISMA_SCHEMA_ENGINE_BINARY = existsSync(shim) ? shim : "/bin/true";
}

function readdirSafe(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
