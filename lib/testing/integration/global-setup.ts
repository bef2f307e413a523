import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { ensureDatabase } from "../../../scripts/db/databases.ts";
import { findFreePort, startEmbeddedPostgres } from "../../../scripts/db/embedded-postgres.ts";
import { applyMigrations } from "../../../scripts/db/schema-engine.ts";
import { TEMPLATE_DATABASE } from "./names.ts";

/**
 * One real PostgreSQL for the whole integration run (throwaway data dir), with a template database
 * migrated once. Each test file then gets its own copy of the template (fresh-database.ts), which
 * PostgreSQL makes in milliseconds.
 */
export default async function setup(project: TestProject) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "mmso-test-pg-"));
  const pg = await startEmbeddedPostgres({ dataDir, port: await findFreePort(), persistent: false });
  await ensureDatabase(pg.adminUrl, TEMPLATE_DATABASE);
  await applyMigrations(pg.urlFor(TEMPLATE_DATABASE));
  project.provide("pgAdminUrl", pg.adminUrl);
  return async () => {
    await pg.stop();
    // Each test file's upload folder (fresh-database.ts).
    for (const entry of await readdir(os.tmpdir())) {
      if (entry.startsWith("mmso-test-uploads-")) await rm(path.join(os.tmpdir(), entry), { recursive: true, force: true });
    }
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}
