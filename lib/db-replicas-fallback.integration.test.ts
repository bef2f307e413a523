import net from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { getCenterAccess } from "@/lib/access/center-scope";
import { cachedGetPublicCourse, cachedListCourses } from "@/lib/catalog/cached-catalog";
import { financeReport } from "@/lib/commerce/reports/finance-report";
import { createCategory, createCenter, createCourse } from "@/lib/testing/factories";
import { addStaff } from "@/lib/testing/staff-factories";
import { findFreePort } from "../scripts/db/embedded-postgres.ts";

// ADR 0045: a replica that cannot be reached never fails a read; the primary answers instead.
// Replica 1 refuses connections (a closed port); replica 2 accepts them and never answers (a
// black hole: the replica pool's 3 s connect timeout). Their URLs carry a password that must
// never reach the log.
const PASSWORD = "replica-secret-pw";
const held = new Set<net.Socket>();
const silent = net.createServer((socket) => void held.add(socket));
await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
const closedPort = await findFreePort();
const silentPort = (silent.address() as net.AddressInfo).port;
process.env.DATABASE_REPLICA_URLS = [
  `postgres://mmso:${PASSWORD}@127.0.0.1:${closedPort}/mmso`,
  `postgresql://mmso:${PASSWORD}@127.0.0.1:${silentPort}/mmso`,
].join(",");

let course: { id: string; centerId: string };
let stderr: string[] = [];

beforeAll(async () => {
  const [center, category] = await Promise.all([createCenter(), createCategory()]);
  course = await createCourse({ centerId: center.id, categoryId: category.id, titleEn: "Answered by the primary" });
});

afterEach(() => vi.restoreAllMocks());
afterAll(async () => {
  for (const socket of held) socket.destroy();
  await new Promise<void>((resolve) => silent.close(() => resolve()));
});

function captureStderr() {
  stderr = [];
  vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    stderr.push(String(chunk));
    return true;
  });
}

describe("a replica that cannot be reached", () => {
  it("answers from the primary when the replica refuses, and logs the host without the password", async () => {
    captureStderr();
    const page = await cachedListCourses({ locale: "en", limit: 24, centerId: course.centerId });
    expect(page.items.map((c) => c.title)).toEqual(["Answered by the primary"]);
    const warning = stderr.find((line) => line.includes("db.replica_unavailable"));
    expect(warning).toContain(`replica 1 (127.0.0.1:${closedPort}/mmso)`);
    expect(stderr.join("")).not.toContain(PASSWORD);
  });

  it("answers from the primary when the replica never answers (connect timeout)", async () => {
    captureStderr();
    const started = Date.now();
    expect((await cachedGetPublicCourse(course.id, "en")).title).toBe("Answered by the primary");
    expect(Date.now() - started).toBeLessThan(8_000);
    expect(stderr.find((line) => line.includes("db.replica_unavailable"))).toContain(`replica 2 (127.0.0.1:${silentPort}/mmso)`);
    expect(stderr.join("")).not.toContain(PASSWORD);
  });

  it("leaves both replicas alone for a while: the next reads go straight to the primary, searches and reports too", async () => {
    captureStderr();
    const started = Date.now();
    const search = await cachedListCourses({ locale: "en", limit: 24, q: "primary answered" });
    expect(search.items.map((c) => c.id)).toEqual([course.id]);
    const owner = await addStaff(course.centerId, "OWNER");
    const report = await financeReport(await getCenterAccess(owner.actor, course.centerId), { from: "2026-01-01", to: "2026-01-31", groupBy: "day" });
    expect(report.rows).toEqual([]);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(stderr.filter((line) => line.includes("db.replica_unavailable"))).toEqual([]);
  });
});
