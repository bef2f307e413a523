import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getCenterAccess, type CenterAccess } from "@/lib/access/center-scope";
import { getCourseForEditing } from "@/lib/authoring/reads/get-course-for-editing";
import { updateCourse } from "@/lib/authoring/update-course";
import {
  cachedGetCenterBySlug,
  cachedGetPublicCourse,
  cachedGetPublicInstructor,
  cachedListCategories,
  cachedListCenterInstructors,
  cachedListCourses,
  cachedListInstructorCenters,
} from "@/lib/catalog/cached-catalog";
import { getCourse } from "@/lib/catalog/get-course";
import { listCourses } from "@/lib/catalog/list-courses";
import { getCenterOverview } from "@/lib/centers/overview/get-center-overview";
import { resolveOverviewPeriod } from "@/lib/centers/overview/overview-period";
import { getRevenueFigures } from "@/lib/centers/overview/revenue-figures";
import { applyVerifiedMessage } from "@/lib/commerce/apply-verified-message";
import { createOrder } from "@/lib/commerce/orders/create-order";
import { financeExportStream } from "@/lib/commerce/reports/finance-export";
import { financeReport } from "@/lib/commerce/reports/finance-report";
import { db, newPrismaClient, type Db } from "@/lib/db";
import { listMyCourses } from "@/lib/learning/list-my-courses";
import { callRoute } from "@/lib/testing/call-route";
import { paymentMessage } from "@/lib/testing/commerce-factories";
import { createCategory, createCenter, createCourse, createInstructor, createUser } from "@/lib/testing/factories";
import { copySnapshot, createReplicaDatabase, type ReplicaDatabase } from "@/lib/testing/replica-database";
import { bearerFor } from "@/lib/testing/sign-in";
import { actorFor, addStaff } from "@/lib/testing/staff-factories";
import { GET as getCourseRoute } from "@/app/api/v1/courses/[id]/route";
import { GET as listCoursesRoute } from "@/app/api/v1/courses/route";

// ADR 0045. A second database stands in for the replica: a snapshot of the primary, then made to
// differ on purpose (every name shown to the public starts with FROM-REPLICA there), so each
// assertion says which server answered. Set before anything reads the environment.
const primaryUrl = process.env.DATABASE_URL!;
const replicaDb: ReplicaDatabase = await createReplicaDatabase(primaryUrl);
process.env.DATABASE_REPLICA_URLS = replicaDb.url;

const TITLE = "Watercolor basics";
const REPLICA_TITLE = "FROM-REPLICA Watercolor basics";
let replica: Db;
let f: { centerId: string; centerSlug: string; categoryId: string; courseId: string; instructorId: string; access: CenterAccess };

async function buy(courseId: string, at: string) {
  const buyer = actorFor(await createUser());
  const order = await createOrder({ actor: buyer, locale: "en", idempotencyKey: null, courseId, provider: "kbzpay" });
  const message = paymentMessage({ reference: order.reference, total: order.total }, { occurredAt: new Date(at) });
  expect((await applyVerifiedMessage(message)).status).toBe("applied");
  return buyer;
}

let lateBuyer: Awaited<ReturnType<typeof buy>>;
const january = { from: "2026-01-01", to: "2026-01-31" };

beforeAll(async () => {
  const [center, category, instructor] = await Promise.all([createCenter(), createCategory(), createInstructor()]);
  const course = await createCourse({ centerId: center.id, categoryId: category.id, titleEn: TITLE, priceAmount: 40_000, instructorIds: [instructor.id] });
  const owner = await addStaff(center.id, "OWNER");
  f = { centerId: center.id, centerSlug: center.slug, categoryId: category.id, courseId: course.id, instructorId: instructor.id, access: await getCenterAccess(owner.actor, center.id) };
  await buy(course.id, "2026-01-10T05:00:00Z");

  // The replica catches up with everything so far, then differs in the names the public sees.
  await copySnapshot(primaryUrl, replicaDb.url);
  replica = newPrismaClient(replicaDb.url);
  await replica.course.update({ where: { id: course.id }, data: { titleEn: REPLICA_TITLE } });
  await replica.center.update({ where: { id: center.id }, data: { nameEn: "FROM-REPLICA center" } });
  await replica.category.update({ where: { id: category.id }, data: { nameEn: "FROM-REPLICA category" } });
  await replica.instructorProfile.update({ where: { id: instructor.id }, data: { displayNameEn: "FROM-REPLICA teacher" } });

  // A sale the replica has not received yet (replication lag): only the primary has it.
  lateBuyer = await buy(course.id, "2026-01-12T05:00:00Z");
});

afterAll(async () => {
  await replica?.$disconnect();
  await replicaDb.drop();
});

describe("anonymous catalog reads go to the replica", () => {
  it("lists and searches courses on the replica", async () => {
    const list = await cachedListCourses({ locale: "en", limit: 24, centerId: f.centerId });
    expect(list.items.map((c) => c.title)).toEqual([REPLICA_TITLE]);
    const search = await cachedListCourses({ locale: "en", limit: 24, q: "from-replica watercolor" });
    expect(search.items.map((c) => c.id)).toEqual([f.courseId]);
    // The same search on the primary finds nothing: the word exists only on the replica.
    expect((await listCourses({ locale: "en", limit: 24, q: "from-replica watercolor" })).items).toEqual([]);
  });

  it("answers GET /api/v1/courses and an anonymous GET /api/v1/courses/{id} from the replica", async () => {
    const list = await callRoute(listCoursesRoute, "/api/v1/courses?q=from-replica", { headers: { "accept-language": "en" } });
    expect(list.status).toBe(200);
    expect(list.json.items.map((c: { title: string }) => c.title)).toEqual([REPLICA_TITLE]);
    const page = await callRoute(getCourseRoute, `/api/v1/courses/${f.courseId}`, { params: { id: f.courseId }, headers: { "accept-language": "en" } });
    expect(page.json).toMatchObject({ title: REPLICA_TITLE, enrolled: false, category: { name: "FROM-REPLICA category" } });
  });

  it("reads the center page, the instructor page and the categories on the replica", async () => {
    expect((await cachedGetCenterBySlug(f.centerSlug, "en")).name).toBe("FROM-REPLICA center");
    expect((await cachedListCenterInstructors(f.centerId, "en")).map((i) => i.name)).toEqual(["FROM-REPLICA teacher"]);
    const instructor = await cachedGetPublicInstructor(f.instructorId, "en");
    expect(instructor).toMatchObject({ name: "FROM-REPLICA teacher", courses: [{ title: REPLICA_TITLE }] });
    expect((await cachedListInstructorCenters(f.instructorId, "en")).map((c) => c.name)).toEqual(["FROM-REPLICA center"]);
    const categories = await cachedListCategories("en");
    expect(categories.items.find((c) => c.id === f.categoryId)?.name).toBe("FROM-REPLICA category");
  });
});

describe("reports go to the replica", () => {
  it("computes the finance report, its CSV and the overview figures without the sale the replica has not received", async () => {
    const report = await financeReport(f.access, { ...january, groupBy: "month" });
    expect(report.totals).toMatchObject([{ currency: "MMK", gross: 40_000 }]);
    const csv = await new Response(financeExportStream(f.access, january)).text();
    expect(csv.trim().split("\n")).toHaveLength(2); // the header and the one sale the replica has
    const period = resolveOverviewPeriod({ range: "custom", ...january });
    const overview = await getCenterOverview(f.access, period, "en");
    expect(overview.revenue).toMatchObject([{ currency: "MMK", total: 40_000, orders: 1 }]);
    // The primary has both sales.
    expect(await getRevenueFigures(f.access, period)).toMatchObject([{ currency: "MMK", total: 80_000, orders: 2 }]);
  });
});

describe("writes and read-your-writes stay on the primary", () => {
  it("shows a buyer their new course at once, signed in, on the primary", async () => {
    const mine = await listMyCourses({ actor: lateBuyer, locale: "en", limit: 10 });
    expect(mine.items.map((m) => m.course.title)).toEqual([TITLE]);
    expect(await getCourse({ courseId: f.courseId, actor: lateBuyer, locale: "en" })).toMatchObject({ title: TITLE, enrolled: true });
    const page = await callRoute(getCourseRoute, `/api/v1/courses/${f.courseId}`, {
      params: { id: f.courseId },
      headers: { "accept-language": "en", authorization: await bearerFor(lateBuyer.userId) },
    });
    expect(page.json).toMatchObject({ title: TITLE, enrolled: true });
  });

  it("writes a center's edit to the primary and reads it back in the editor", async () => {
    await updateCourse(f.access, { courseId: f.courseId, titleEn: "Watercolor basics, edited" });
    expect((await db.course.findUniqueOrThrow({ where: { id: f.courseId } })).titleEn).toBe("Watercolor basics, edited");
    expect((await getCourseForEditing(f.access, f.courseId)).titleEn).toBe("Watercolor basics, edited");
    // The replica never saw the write (nothing replicates here): the public page shows its copy.
    expect((await replica.course.findUniqueOrThrow({ where: { id: f.courseId } })).titleEn).toBe(REPLICA_TITLE);
    expect((await cachedGetPublicCourse(f.courseId, "en")).title).toBe(REPLICA_TITLE);
  });
});
