import path from "node:path";
import { defineConfig } from "prisma/config";

// These machines cannot download Prisma's native schema engine; see docs/decisions (migrations ADR).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= "/bin/true";

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
