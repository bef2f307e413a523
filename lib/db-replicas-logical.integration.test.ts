import { randomUUID } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getCenterAccess, type CenterAccess } from "@/lib/access/center-scope";
import { getCourseForEditing } from "@/lib/authoring/reads/get-course-for-editing";
import { updateCourse } from "@/lib/authoring/update-course";
import { cachedGetPublicCourse, cachedListCourses } from "@/lib/catalog/cached-catalog";
import { createCategory, createCenter, createCourse } from "@/lib/testing/factories";
import { truncatePublicTables, withClient } from "@/lib/testing/replica-database";
import { addStaff } from "@/lib/testing/staff-factories";
import { ensureDatabase } from "../scripts/db/databases.ts";
import { findFreePort, startEmbeddedPostgres } from "../scripts/db/embedded-postgres.ts";
import { applyMigrations } from "../scripts/db/schema-engine.ts";

// ADR 0045 with real replication: a primary cluster (wal_level=logical, a publication of all
// tables) and a second cluster subscribed to it. Pausing the subscription makes the lag visible:
// the center's editor (primary) shows its edit at once, the anonymous page (replica) only once
// replication resumes. Both clusters are this file's own; DATABASE_URL is pointed at the primary.
const base = path.join(os.tmpdir(), `mmso-logical-${randomUUID()}`);
const primaryPort = await findFreePort();
let replicaPort = await findFreePort();
while (replicaPort === primaryPort) replicaPort = await findFreePort();
const [primary, standby] = await Promise.all([
  startEmbeddedPostgres({ dataDir: `${base}-primary`, port: primaryPort, persistent: false, settings: { wal_level: "logical" } }),
  startEmbeddedPostgres({ dataDir: `${base}-replica`, port: replicaPort, persistent: false }),
]);
const primaryUrl = primary.urlFor("mmso");
const replicaUrl = standby.urlFor("mmso");
await Promise.all([ensureDatabase(primary.adminUrl, "mmso"), ensureDatabase(standby.adminUrl, "mmso")]);
await Promise.all([applyMigrations(primaryUrl), applyMigrations(replicaUrl)]);
await withClient(primaryUrl, (client) => client.query("CREATE PUBLICATION mmso_all FOR ALL TABLES"));
await withClient(replicaUrl, async (client) => {
  await truncatePublicTables(client); // the subscription copies every row, seeded ones included
  const { port, username, password } = new URL(primaryUrl);
  await client.query(`CREATE SUBSCRIPTION mmso_all CONNECTION 'host=127.0.0.1 port=${port} dbname=mmso user=${username} password=${password}' PUBLICATION mmso_all`);
});
process.env.DATABASE_URL = primaryUrl;
process.env.DATABASE_REPLICA_URLS = replicaUrl;

const subscription = (enabled: boolean) => withClient(replicaUrl, (client) => client.query(`ALTER SUBSCRIPTION mmso_all ${enabled ? "ENABLE" : "DISABLE"}`));

/** Polls `read` until it returns `expected` (replication is asynchronous), for at most 20 s. */
async function eventually<T>(read: () => Promise<T>, expected: T): Promise<number> {
  const started = Date.now();
  for (;;) {
    const value = await read().catch(() => undefined);
    if (value === expected) return Date.now() - started;
    if (Date.now() - started > 20_000) throw new Error(`still ${String(value)} after 20 s, expected ${String(expected)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

let f: { centerId: string; courseId: string; access: CenterAccess };

beforeAll(async () => {
  const [center, category] = await Promise.all([createCenter(), createCategory()]);
  const course = await createCourse({ centerId: center.id, categoryId: category.id, titleEn: "Replicated course" });
  const owner = await addStaff(center.id, "OWNER");
  f = { centerId: center.id, courseId: course.id, access: await getCenterAccess(owner.actor, center.id) };
});

afterAll(async () => {
  await withClient(replicaUrl, (client) => client.query("DROP SUBSCRIPTION mmso_all")).catch(() => undefined);
  await standby.stop();
  await primary.stop();
});

describe("a logical-replication replica", () => {
  it("receives the primary's writes and serves them to the anonymous catalog", async () => {
    await eventually(async () => (await cachedGetPublicCourse(f.courseId, "en")).title, "Replicated course");
    const list = await cachedListCourses({ locale: "en", limit: 24, q: "replicated" });
    expect(list.items.map((c) => c.id)).toEqual([f.courseId]);
  });

  it("shows the center its edit at once while the replica lags, and the public once it catches up", async () => {
    await subscription(false);
    await updateCourse(f.access, { courseId: f.courseId, titleEn: "Replicated course, edited" });
    expect((await getCourseForEditing(f.access, f.courseId)).titleEn).toBe("Replicated course, edited");
    expect((await cachedGetPublicCourse(f.courseId, "en")).title).toBe("Replicated course");
    await subscription(true);
    await eventually(async () => (await cachedGetPublicCourse(f.courseId, "en")).title, "Replicated course, edited");
  });
});
