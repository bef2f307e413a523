import { beforeAll, describe, expect, it } from "vitest";
import { getCenterAccess } from "@/lib/access/center-scope";
import { db } from "@/lib/db";
import { createCategory, createCourse, createUser } from "@/lib/testing/factories";
import { createLiveClass } from "@/lib/testing/live-class-factories";
import { createAttemptAt, createBareQuiz, createOrderAt, createRefundAt, enrollAt, searchEventAt, viewLessonAt } from "@/lib/testing/overview-factories";
import { createCenterWithStaff } from "@/lib/testing/staff-factories";
import { countActiveStudents } from "./active-students";
import { getEnrollmentFigures } from "./enrollment-figures";
import { getCenterOverview } from "./get-center-overview";
import { resolveOverviewPeriod } from "./overview-period";
import { getQuizPassRates } from "./quiz-pass-rates";
import { getRefundFigures, getRevenueFigures } from "./revenue-figures";
import { getPopularSearchTerms } from "./search-terms";
import { getTopCourses } from "./top-courses";

// 10–12 November 2026 in Yangon = [2026-11-09T17:30Z, 2026-11-12T17:30Z).
const period = resolveOverviewPeriod({ range: "custom", from: "2026-11-10", to: "2026-11-12" });
const at = (iso: string) => new Date(iso);
const JUST_BEFORE = at("2026-11-09T17:29:59.999Z"); // 9 Nov 23:59:59.999 Yangon
const FIRST_INSTANT = at("2026-11-09T17:30:00.000Z"); // 10 Nov 00:00 Yangon
const LAST_INSTANT = at("2026-11-12T17:29:59.999Z"); // 12 Nov 23:59:59.999 Yangon
const JUST_AFTER = at("2026-11-12T17:30:00.000Z"); // 13 Nov 00:00 Yangon

let a: Awaited<ReturnType<typeof createCenterWithStaff>>;
let b: Awaited<ReturnType<typeof createCenterWithStaff>>;
let courses: { a1: { id: string; centerId: string }; a2: { id: string; centerId: string }; b1: { id: string; centerId: string } };
let quizIds: { qa1: string; qa2: string };

beforeAll(async () => {
  [a, b] = await Promise.all([createCenterWithStaff(), createCenterWithStaff()]);
  const category = await createCategory();
  // A1 is the instructor's course; A2 is not.
  const a1 = await createCourse({ centerId: a.center.id, categoryId: category.id, titleEn: "Assigned course", instructorIds: [a.instructorProfile.id] });
  const a2 = await createCourse({ centerId: a.center.id, categoryId: category.id, titleEn: "Other course" });
  const b1 = await createCourse({ centerId: b.center.id, categoryId: category.id, titleEn: "B course", instructorIds: [b.instructorProfile.id] });
  courses = { a1, a2, b1 };

  // Enrollments: A1 on 10, 11 and 12 Nov; A2 on 11 Nov Yangon (still 10 Nov in UTC); none counted outside.
  for (const when of [JUST_BEFORE, FIRST_INSTANT, at("2026-11-11T05:00:00Z"), LAST_INSTANT, JUST_AFTER]) await enrollAt(a1, when);
  await enrollAt(a2, at("2026-11-10T18:00:00Z"));
  await enrollAt(b1, at("2026-11-11T05:00:00Z"));

  // Sales: MMK on 10 Nov (23:59 Yangon) and 11 Nov (a sale later refunded), USD on 12 Nov.
  await createOrderAt(a1, { total: 30_000, paidAt: at("2026-11-10T17:29:00Z") });
  const refunded = await createOrderAt(a1, { total: 20_000, paidAt: at("2026-11-10T17:31:00Z"), status: "REFUNDED" });
  const usd = await createOrderAt(a2, { total: 1_500, currency: "USD", paidAt: at("2026-11-12T10:00:00Z") });
  await createOrderAt(a2, { total: 99_999, status: "PENDING" });
  await createOrderAt(a2, { total: 50_000, paidAt: at("2026-11-09T17:00:00Z") });
  const bOrder = await createOrderAt(b1, { total: 70_000, paidAt: at("2026-11-11T05:00:00Z") });
  await createRefundAt(refunded, 20_000, at("2026-11-11T06:00:00Z"));
  await createRefundAt(usd, 500, at("2026-11-12T11:00:00Z"));
  await createRefundAt(usd, 300, null, "REQUESTED");
  await createRefundAt(usd, 200, JUST_AFTER);
  await createRefundAt(bOrder, 70_000, at("2026-11-11T06:00:00Z"));

  // Learners: s1 views a lesson of A1 and attempts its quiz; s2 attempts A2's quiz; s3 joins A1's
  // live class; s4 viewed before the period; s5 learns in center B only.
  const [s1, s2, s3, s4, s5] = await Promise.all(Array.from({ length: 5 }, () => createUser()));
  await viewLessonAt(a1, s1!.id, at("2026-11-11T03:00:00Z"));
  await viewLessonAt(a1, s4!.id, JUST_BEFORE);
  await viewLessonAt(b1, s5!.id, at("2026-11-11T03:00:00Z"));
  const qa1 = await createBareQuiz(a1, "Quiz one");
  const qa2 = await createBareQuiz(a2, "Quiz two");
  const qb = await createBareQuiz(b1, "Quiz B");
  quizIds = { qa1: qa1.id, qa2: qa2.id };
  await createAttemptAt(qa1, s1!.id, at("2026-11-10T02:00:00Z"), true);
  await createAttemptAt(qa1, s1!.id, at("2026-11-11T02:00:00Z"), false);
  await createAttemptAt(qa1, s3!.id, LAST_INSTANT, true);
  await createAttemptAt(qa1, s3!.id, at("2026-11-12T02:00:00Z"), null);
  await createAttemptAt(qa1, s4!.id, JUST_AFTER, false);
  await createAttemptAt(qa2, s2!.id, at("2026-11-11T02:00:00Z"), false);
  await createAttemptAt(qb, s5!.id, at("2026-11-11T02:00:00Z"), true);
  const live = await createLiveClass(a1, { startsAt: at("2026-11-12T10:00:00Z") });
  await db.liveClassParticipation.create({ data: { liveClassId: live.id, userId: s3!.id, joinRequestedAt: at("2026-11-12T09:59:00Z"), joinedAt: at("2026-11-12T10:00:00Z") } });

  // Searches: python ×3 showing A, excel showing A and B, burmese ×2 showing B; two outside the period.
  for (let i = 0; i < 3; i++) await searchEventAt("python", [a.center.id], at("2026-11-11T08:00:00Z"));
  await searchEventAt("excel", [a.center.id, b.center.id], FIRST_INSTANT);
  for (let i = 0; i < 2; i++) await searchEventAt("burmese", [b.center.id], LAST_INSTANT);
  await searchEventAt("python", [a.center.id], JUST_BEFORE);
  await searchEventAt("excel", [a.center.id], JUST_AFTER);
});

const adminOf = (center: typeof a) => getCenterAccess(center.admin.actor, center.center.id);
const instructorOf = (center: typeof a) => getCenterAccess(center.instructor.actor, center.center.id);

describe("center overview figures (Yangon days, per currency, scoped to the center)", () => {
  it("counts new enrollments per Myanmar day, the boundaries included", async () => {
    const figures = await getEnrollmentFigures(await adminOf(a), period);
    expect(figures.days).toEqual([
      { day: "2026-11-10", count: 1 },
      { day: "2026-11-11", count: 2 },
      { day: "2026-11-12", count: 1 },
    ]);
    expect(figures.total).toBe(4);
    expect((await getEnrollmentFigures(await adminOf(b), period)).total).toBe(1);
  });

  it("sums paid orders per day and per currency, never adding MMK to USD", async () => {
    const revenue = await getRevenueFigures(await adminOf(a), period);
    expect(revenue).toEqual([
      { currency: "MMK", total: 50_000, orders: 2, days: [{ day: "2026-11-10", amount: 30_000 }, { day: "2026-11-11", amount: 20_000 }, { day: "2026-11-12", amount: 0 }] },
      { currency: "USD", total: 1_500, orders: 1, days: [{ day: "2026-11-10", amount: 0 }, { day: "2026-11-11", amount: 0 }, { day: "2026-11-12", amount: 1_500 }] },
    ]);
  });

  it("counts succeeded refunds processed in the period, per currency", async () => {
    expect(await getRefundFigures(await adminOf(a), period)).toEqual([
      { currency: "MMK", count: 1, amount: 20_000 },
      { currency: "USD", count: 1, amount: 500 },
    ]);
  });

  it("counts each active student once across lessons, quizzes and live classes", async () => {
    expect(await countActiveStudents(await adminOf(a), period)).toBe(3);
    expect(await countActiveStudents(await adminOf(b), period)).toBe(1);
  });

  it("ranks top courses by enrollments and by revenue per currency", async () => {
    const top = await getTopCourses(await adminOf(a), period, "en");
    expect(top.byEnrollments.map((c) => [c.title, c.enrollments])).toEqual([
      ["Assigned course", 3],
      ["Other course", 1],
    ]);
    expect(top.byRevenue).toEqual([
      { currency: "MMK", courses: [expect.objectContaining({ courseId: courses.a1.id, revenue: [{ currency: "MMK", amount: 50_000 }] })] },
      { currency: "USD", courses: [expect.objectContaining({ courseId: courses.a2.id, revenue: [{ currency: "USD", amount: 1_500 }] })] },
    ]);
  });

  it("gives each quiz's graded attempts and pass rate", async () => {
    expect(await getQuizPassRates(await adminOf(a), period, "en")).toEqual([
      { quizId: quizIds.qa1, quiz: "Quiz one", course: "Assigned course", attempts: 3, passed: 2, passedPercent: 67 },
      { quizId: quizIds.qa2, quiz: "Quiz two", course: "Other course", attempts: 1, passed: 0, passedPercent: 0 },
    ]);
  });

  it("lists the period's search terms whose results showed the center", async () => {
    expect(await getPopularSearchTerms(await adminOf(a), period)).toEqual([
      { term: "python", count: 3 },
      { term: "excel", count: 1 },
    ]);
    expect(await getPopularSearchTerms(await adminOf(b), period)).toEqual([
      { term: "burmese", count: 2 },
      { term: "excel", count: 1 },
    ]);
  });
});

describe("who sees what (policy S5, two tenants)", () => {
  it("never counts center B's data in A's overview, and B's admin gets not_found for A", async () => {
    const overviewB = await getCenterOverview(await adminOf(b), period, "en");
    expect(overviewB.enrollments?.total).toBe(1);
    expect(overviewB.revenue).toEqual([{ currency: "MMK", total: 70_000, orders: 1, days: expect.any(Array) }]);
    expect(overviewB.refunds).toEqual([{ currency: "MMK", count: 1, amount: 70_000 }]);
    expect(overviewB.quizPassRates?.map((q) => q.quiz)).toEqual(["Quiz B"]);
    expect(overviewB.topCourses?.byEnrollments.map((c) => c.courseId)).toEqual([courses.b1.id]);
    await expect(getCenterAccess(b.admin.actor, a.center.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(getCenterAccess(b.admin.actor, a.center.slug)).rejects.toMatchObject({ code: "not_found" });
  });

  it("limits an instructor to their assigned courses and shows them no money or search terms", async () => {
    const access = await instructorOf(a);
    const overview = await getCenterOverview(access, period, "en");
    expect(overview.enrollments?.days.map((d) => d.count)).toEqual([1, 1, 1]);
    expect(overview.activeStudents).toBe(2);
    expect(overview.quizPassRates?.map((q) => q.quizId)).toEqual([quizIds.qa1]);
    expect(overview).toMatchObject({ revenue: null, refunds: null, topCourses: null, searchTerms: null, setupStep: null });
    await expect(getRevenueFigures(access, period)).rejects.toMatchObject({ code: "forbidden" });
    await expect(getRefundFigures(access, period)).rejects.toMatchObject({ code: "forbidden" });
    await expect(getPopularSearchTerms(access, period)).rejects.toMatchObject({ code: "forbidden" });
  });

  it("gives an owner the whole overview", async () => {
    const overview = await getCenterOverview(await getCenterAccess(a.owner.actor, a.center.slug), period, "my");
    expect(overview.enrollments?.total).toBe(4);
    expect(overview.activeStudents).toBe(3);
    expect(overview.searchTerms?.[0]).toEqual({ term: "python", count: 3 });
    expect(overview.setupStep).toBeNull();
    expect(overview.quizPassRates?.[0]?.quiz).toBe("စာမေးပွဲ Quiz one");
  });
});
