import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import { isUpToDate } from "./applied-migrations.ts";
import {
  readMigrationList,
  readSchemaFiles,
  resolvePaths,
  slugifyMigrationName,
  writeMigration,
  type SchemaPaths,
} from "./migrations-dir.ts";
import { openSchemaEngine, type SchemaFile } from "./wasm-schema-engine.ts";

export type { SchemaPaths } from "./migrations-dir.ts";

const NO_FILTERS = { externalTables: [], externalEnums: [] };

/**
 * Applies pending migrations to the database at `url`, as `prisma migrate deploy` does (same
 * `_prisma_migrations` rows and checksums, same advisory lock). Returns the names applied.
 */
export async function applyMigrations(url: string, options: SchemaPaths = {}): Promise<string[]> {
  const { migrationsDir } = resolvePaths(options);
  const migrationsList = await readMigrationList(migrationsDir);
  const names = migrationsList.migrationDirectories.map((directory) => directory.path);
  if (await isUpToDate(url, names)) return [];
  return withEngine(url, [], async (engine) => {
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
    return appliedMigrationNames;
  });
}

export type CreatedMigration = { name: string; file: string };

/**
 * Writes `<migrationsDir>/<yyyyMMddHHmmss>_<name>/migration.sql` for the difference between the
 * migrations and the schema, like `prisma migrate dev --create-only`. Returns null when there is
 * no difference. `url` is a scratch or dev database: pending migrations are applied to it first, and
 * its server must allow creating the temporary shadow database.
 */
export async function createMigration(url: string, name: string, options: SchemaPaths = {}): Promise<CreatedMigration | null> {
  const { schemaPath, migrationsDir } = resolvePaths(options);
  const migrationName = slugifyMigrationName(name);
  const [migrationsList, schemaFiles] = await Promise.all([readMigrationList(migrationsDir), readSchemaFiles(schemaPath)]);
  return withEngine(url, schemaFiles, async (engine) => {
    // The wasm engine can only replay migrations in a shadow database during diagnoseMigrationHistory,
    // and only those applied to `url`; createMigration then reads that cached result. So bring
    // `url` up to date first, as `prisma migrate dev` does.
    await engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
    await engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: true, filters: NO_FILTERS });
    const output = await engine.createMigration({
      draft: false,
      migrationName,
      migrationsList,
      schema: { files: toContainers(schemaFiles) },
      filters: NO_FILTERS,
    });
    if (output.migrationScript === null) return null;
    const file = await writeMigration(migrationsDir, output.generatedMigrationName, output.migrationScript, output.connectorType);
    return { name: output.generatedMigrationName, file };
  });
}

export type DriftReport = { drifted: boolean; script: string };

/**
 * Compares what the migrations build (replayed in a shadow database) with schema.prisma, like
 * `prisma migrate diff --from-migrations … --to-schema … --exit-code`. `script` is the SQL a
 * new migration would need ("" without drift).
 */
export async function checkDrift(url: string, options: SchemaPaths = {}): Promise<DriftReport> {
  const { schemaPath, migrationsDir } = resolvePaths(options);
  const [migrationsList, schemaFiles] = await Promise.all([readMigrationList(migrationsDir), readSchemaFiles(schemaPath)]);
  return withEngine(url, schemaFiles, async (engine) => {
    const noMigrations = migrationsList.migrationDirectories.length === 0;
    const { exitCode, stdout } = await engine.diff({
      // The engine refuses a migrations folder without migration_lock.toml; none at all is "empty".
      from: noMigrations ? { tag: "empty" } : { tag: "migrations", ...migrationsList },
      to: { tag: "schemaDatamodel", files: toContainers(schemaFiles) },
      script: true,
      exitCode: true,
      filters: NO_FILTERS,
    });
    // Without drift the engine prints "-- This is an empty migration.": report that as "".
    return exitCode === 2 ? { drifted: true, script: stdout ?? "" } : { drifted: false, script: "" };
  });
}

async function withEngine<T>(url: string, schemaFiles: SchemaFile[], work: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const { engine, close } = await openSchemaEngine(url, schemaFiles);
  try {
    return await work(engine);
  } finally {
    await close();
  }
}

function toContainers(schemaFiles: SchemaFile[]) {
  return schemaFiles.map(([path, content]) => ({ path, content }));
}
