import { createHash, randomBytes } from "node:crypto";
import { appendFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { databaseUrl, dropDatabase, ensureDatabase } from "./databases.ts";
import { applyMigrations, checkDrift, createMigration, type SchemaPaths } from "./schema-engine.ts";
import { queryRows } from "./test-fixtures/query-rows.ts";

// Real PostgreSQL from the integration project's global setup; schema and migrations are temporary
// copies, so nothing here touches prisma/.
const adminUrl = inject("pgAdminUrl");
const created: string[] = [];
let dir: string;
let paths: Required<SchemaPaths>;

async function freshDatabase(): Promise<string> {
  const name = `schema_engine_${randomBytes(4).toString("hex")}`;
  created.push(name);
  expect(await ensureDatabase(adminUrl, name)).toBe("created");
  return databaseUrl(adminUrl, name);
}


async function addMigration(name: string, sql: string) {
  await mkdir(path.join(paths.migrationsDir, name));
  await writeFile(path.join(paths.migrationsDir, name, "migration.sql"), sql);
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "mmso-schema-engine-"));
  paths = { schemaPath: path.join(dir, "schema.prisma"), migrationsDir: path.join(dir, "migrations") };
  await writeFile(
    paths.schemaPath,
    `datasource db {\n  provider = "postgresql"\n}\n\nmodel Course {\n  id    String @id @db.Uuid\n  title String\n}\n`,
  );
});

afterAll(async () => {
  await Promise.all(created.map((name) => dropDatabase(adminUrl, name)));
  await rm(dir, { recursive: true, force: true });
});

describe("ensureDatabase", () => {
  it("is idempotent, also when called concurrently", async () => {
    const name = `ensure_${randomBytes(4).toString("hex")}`;
    created.push(name);
    const results = await Promise.all([ensureDatabase(adminUrl, name), ensureDatabase(adminUrl, name)]);
    expect(results.sort()).toEqual(["created", "exists"]);
    expect(await ensureDatabase(adminUrl, name)).toBe("exists");
  });
});

describe("migrations with the wasm schema engine", () => {
  let initName: string;

  it("creates the first migration from the schema, then reports no changes", async () => {
    const scratch = await freshDatabase();
    const migration = await createMigration(scratch, "Init", paths);
    expect(migration?.name).toMatch(/^\d{14}_init$/);
    initName = migration!.name;
    expect(await readFile(migration!.file, "utf8")).toContain('CREATE TABLE "Course"');
    expect(await readFile(path.join(paths.migrationsDir, "migration_lock.toml"), "utf8")).toContain('provider = "postgresql"');
    expect(await createMigration(scratch, "again", paths)).toBeNull();
  });

  it("applies migrations to a fresh database like migrate deploy, then does nothing", async () => {
    const url = await freshDatabase();
    expect(await applyMigrations(url, paths)).toEqual([initName]);
    const sql = await readFile(path.join(paths.migrationsDir, initName, "migration.sql"));
    const [record] = await queryRows(url, "SELECT migration_name, checksum, finished_at IS NOT NULL AS done FROM _prisma_migrations");
    expect(record).toEqual({ migration_name: initName, checksum: createHash("sha256").update(sql).digest("hex"), done: true });
    const started = performance.now();
    expect(await applyMigrations(url, paths)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("reports drift only when the schema changes without a migration", async () => {
    const scratch = await freshDatabase();
    expect(await checkDrift(scratch, paths)).toEqual({ drifted: false, script: "" });
    await appendFile(paths.schemaPath, `\nmodel Lesson {\n  id    Int    @id\n  title String\n}\n`);
    const report = await checkDrift(scratch, paths);
    expect(report.drifted).toBe(true);
    expect(report.script).toContain('CREATE TABLE "Lesson"');
    // The reported script is exactly the missing migration.
    await addMigration("20990101000000_add_lesson", report.script);
    expect(await checkDrift(scratch, paths)).toEqual({ drifted: false, script: "" });
  });

  it("runs each migration as one script: $$ bodies survive, a failure leaves nothing half applied", async () => {
    await addMigration(
      "20990101000001_function",
      `CREATE FUNCTION course_title_length(t text) RETURNS int AS $$
         BEGIN RETURN length(t); END; $$ LANGUAGE plpgsql;`,
    );
    const url = await freshDatabase();
    expect(await applyMigrations(url, paths)).toHaveLength(3);
    expect(await queryRows(url, "SELECT course_title_length('abc') AS n")).toEqual([{ n: 3 }]);

    await addMigration("20990101000002_broken", `CREATE TABLE "Half" (id int);\nSELECT 1 / 0;`);
    await expect(applyMigrations(url, paths)).rejects.toThrow(/division by zero/);
    expect(await queryRows(url, `SELECT to_regclass('"Half"') AS half`)).toEqual([{ half: null }]);
    // Like migrate deploy, a failed migration blocks further deploys until it is resolved.
    await expect(applyMigrations(url, paths)).rejects.toThrow(/20990101000002_broken/);
    await rm(path.join(paths.migrationsDir, "20990101000002_broken"), { recursive: true });
  });

  it("leaves no shadow database behind", async () => {
    const leftovers = await queryRows(adminUrl, "SELECT datname FROM pg_database WHERE datname LIKE 'prisma_shadow_%'");
    expect(leftovers).toEqual([]);
  });
});
