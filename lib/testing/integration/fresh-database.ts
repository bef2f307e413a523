import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { inject } from "vitest";
import { databaseUrl } from "../../../scripts/db/databases.ts";
import { TEMPLATE_DATABASE } from "./names.ts";

// Runs before each integration test file: a database of its own, cloned from the migrated
// template, so files never see each other's rows and may run in parallel.
const adminUrl = inject("pgAdminUrl");
const name = `test_${randomBytes(6).toString("hex")}`;
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
try {
  await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${TEMPLATE_DATABASE}"`);
} finally {
  await admin.end();
}
process.env.DATABASE_URL = databaseUrl(adminUrl, name);
// Tests read what they just wrote: the public read cache is off (its own unit test covers it).
process.env.PUBLIC_READ_CACHE_TTL_MS = "0";
// Uploaded files of this test file go to a throwaway folder, not the developer's .data/uploads.
process.env.STORAGE_DIR = path.join(os.tmpdir(), `mmso-test-uploads-${name}`);
