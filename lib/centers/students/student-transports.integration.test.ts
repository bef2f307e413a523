import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { callRoute } from "@/lib/testing/call-route";
import { createUser, unique } from "@/lib/testing/factories";
import { enroll } from "@/lib/testing/learning-factories";
import { createStudentsCenter } from "@/lib/testing/student-factories";

// The rows route and the server actions as Next runs them: the session's actor (mocked), the
// request's headers, the real database.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/web-actor", () => ({ getWebActor: async () => session.actor }));
vi.mock("@/lib/i18n/current-locale", () => ({ currentLocale: async () => "en" }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "Mozilla/5.0 Chrome/130.0", "x-request-id": "req-students" }) }));

const { GET } = await import("@/app/center/[slug]/students/rows/route");
const { findStudentByContactAction, grantEnrollmentAction, revokeEnrollmentAction } = await import("@/app/center/[slug]/students/actions");

async function setup() {
  const a = await createStudentsCenter();
  const b = await createStudentsCenter();
  const taughtStudent = await createUser({ name: unique("Taught") });
  await enroll(taughtStudent.id, a.taught);
  const otherStudent = await createUser({ name: unique("Other") });
  const otherEnrollment = await enroll(otherStudent.id, a.other);
  const newcomer = await createUser({ phone: `+959420${String(Math.floor(Math.random() * 1e6)).padStart(6, "0")}`, email: `${unique("new")}@example.com` });
  return { a, b, taughtStudent, otherStudent, otherEnrollment, newcomer };
}

const rows = (slug: string, query = "") => callRoute((req) => GET(req, { params: Promise.resolve({ slug }) }), `/center/${slug}/students/rows${query}`);
const as = <T>(actor: Actor | null, work: () => Promise<T>) => {
  session.actor = actor;
  return work();
};

beforeEach(() => {
  session.actor = null;
});

describe("GET /center/[slug]/students/rows", () => {
  it("answers the page as JSON for the session's staff, never cached", async () => {
    const { a, taughtStudent, otherStudent } = await setup();
    const response = await as(a.admin.actor, () => rows(a.center.slug, "?sort=enrolled&pageSize=10"));
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toContain("no-store");
    expect(response.json).toMatchObject({ page: 1, pageSize: 10, total: 2 });
    expect(response.json.items.map((row: { userId: string }) => row.userId).sort()).toEqual([taughtStudent.id, otherStudent.id].sort());
  });

  it("answers 422 in the contract's shape for a bad query, not 500", async () => {
    const { a } = await setup();
    for (const [query, path] of [
      ["?page=0", "query.page"],
      ["?pageSize=500", "query.pageSize"],
      ["?status=paid", "query.status"],
      ["?sort=name", "query.sort"],
      ["?courseId=123", "query.courseId"],
      [`?q=${"x".repeat(101)}`, "query.q"],
    ] as const) {
      const response = await as(a.admin.actor, () => rows(a.center.slug, query));
      expect(response.status, query).toBe(422);
      expect(response.json.error).toMatchObject({ code: "validation_failed", message: expect.any(String), requestId: expect.any(String) });
      expect(response.json.error.details.map((d: { path: string }) => d.path)).toEqual([path]);
    }
  });

  it("two tenants: signed out, B's admin or a stranger get 404; A's instructor sees the assigned course's students only", async () => {
    const { a, b, taughtStudent } = await setup();
    expect((await as(null, () => rows(a.center.slug))).status).toBe(404);
    const foreign = await as(b.admin.actor, () => rows(a.center.slug));
    expect([foreign.status, foreign.json.error.code]).toEqual([404, "not_found"]);
    expect((await as(b.admin.actor, () => rows(b.center.slug))).json.total).toBe(0);
    const instructor = await as(a.instructor.actor, () => rows(a.center.slug));
    expect(instructor.json.items.map((row: { userId: string }) => row.userId)).toEqual([taughtStudent.id]);
  });
});

describe("students server actions", () => {
  it("finds an account by a whole phone (any spelling) or email, says when there is none, and checks the input", async () => {
    const { a, newcomer, b } = await setup();
    const find = (contact: string) => as(a.admin.actor, () => findStudentByContactAction(a.center.slug, { contact }));
    const byPhone = await find(`0${newcomer.phone!.slice(3, 5)} ${newcomer.phone!.slice(5)}`);
    expect(byPhone).toEqual({ ok: true, data: { found: true, user: { userId: newcomer.id, name: newcomer.name, contact: { phone: expect.stringContaining("•••"), email: expect.stringContaining("•••") }, activeCourseIds: [] } } });
    expect(await find(newcomer.email!.toUpperCase())).toMatchObject({ ok: true, data: { found: true, user: { userId: newcomer.id } } });
    expect(await find("nobody-here@example.com")).toEqual({ ok: true, data: { found: false } });
    const invalid = await find("12345");
    expect(invalid).toMatchObject({ ok: false, error: { code: "validation_failed", fields: [{ path: "contact" }] } });
    expect(await find("")).toMatchObject({ ok: false, error: { code: "validation_failed", fields: [{ path: "contact" }] } });
    // Only those who may grant may look people up.
    expect(await as(a.instructor.actor, () => findStudentByContactAction(a.center.slug, { contact: newcomer.email! }))).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await as(b.admin.actor, () => findStudentByContactAction(a.center.slug, { contact: newcomer.email! }))).toMatchObject({ ok: false, error: { code: "not_found" } });
  });

  it("grants a course with a reason into the activity log (idempotent), and refuses bad input field by field", async () => {
    const { a, newcomer } = await setup();
    const grant = (input: Parameters<typeof grantEnrollmentAction>[1]) => as(a.admin.actor, () => grantEnrollmentAction(a.center.slug, input));
    const first = await grant({ userId: newcomer.id, courseId: a.taught.id, reason: "OFFLINE_PAYMENT" });
    expect(first).toMatchObject({ ok: true, data: { created: true, reason: "OFFLINE_PAYMENT" } });
    const enrollment = await db.enrollment.findUniqueOrThrow({ where: { userId_courseId: { userId: newcomer.id, courseId: a.taught.id } } });
    expect(enrollment).toMatchObject({ status: "ACTIVE", source: "ADMIN_GRANT", grantedById: a.admin.user.id });
    const log = await db.activityLog.findFirstOrThrow({ where: { centerId: a.center.id, action: "enrollment.granted", targetId: enrollment.id } });
    expect(log).toMatchObject({ actorUserId: a.admin.user.id, requestId: "req-students", metadata: { courseId: a.taught.id, reason: "OFFLINE_PAYMENT", reactivated: false } });
    expect(await grant({ userId: newcomer.id, courseId: a.taught.id, reason: "SCHOLARSHIP" })).toMatchObject({ ok: true, data: { created: false } });
    const bad = await grant({ userId: newcomer.id, courseId: "nope", reason: "BECAUSE" as "OTHER" });
    expect(bad).toMatchObject({ ok: false, error: { code: "validation_failed" } });
    expect(bad.ok ? [] : bad.error.fields.map((field) => field.path).sort()).toEqual(["courseId", "reason"]);
  });

  it("revokes with a required reason: the reason is logged, the note stays on the enrollment only", async () => {
    const { a, otherEnrollment } = await setup();
    const revoke = (input: Parameters<typeof revokeEnrollmentAction>[1]) => as(a.owner.actor, () => revokeEnrollmentAction(a.center.slug, input));
    const missing = await revoke({ enrollmentId: otherEnrollment.id } as Parameters<typeof revokeEnrollmentAction>[1]);
    expect(missing).toMatchObject({ ok: false, error: { code: "validation_failed", fields: [{ path: "reason" }] } });
    expect(await revoke({ enrollmentId: otherEnrollment.id, reason: "REFUND", note: "Paid back in cash at the office" })).toEqual({ ok: true, data: { enrollmentId: otherEnrollment.id, revoked: true } });
    expect(await db.enrollment.findUniqueOrThrow({ where: { id: otherEnrollment.id } })).toMatchObject({ status: "REVOKED", revocationReason: "REFUND", revocationNote: "Paid back in cash at the office" });
    const log = await db.activityLog.findFirstOrThrow({ where: { centerId: a.center.id, action: "enrollment.revoked", targetId: otherEnrollment.id } });
    expect(log).toMatchObject({ actorUserId: a.owner.user.id, metadata: { courseId: a.other.id, reason: "REFUND" } });
    expect(JSON.stringify(log.metadata)).not.toContain("cash");
    expect(await revoke({ enrollmentId: otherEnrollment.id, reason: "ADMIN" })).toMatchObject({ ok: true, data: { revoked: false } });
  });

  it("two tenants: B's admin gets not_found for A's student, course and enrollment; A's instructor may neither grant nor revoke", async () => {
    const { a, b, newcomer, otherEnrollment, taughtStudent } = await setup();
    const grantInput = { userId: newcomer.id, courseId: a.taught.id, reason: "SCHOLARSHIP" } as const;
    const revokeInput = { enrollmentId: otherEnrollment.id, reason: "ADMIN" } as const;
    // Through A's slug: B's admin is nobody there.
    expect(await as(b.admin.actor, () => grantEnrollmentAction(a.center.slug, grantInput))).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(await as(b.admin.actor, () => revokeEnrollmentAction(a.center.slug, revokeInput))).toMatchObject({ ok: false, error: { code: "not_found" } });
    // Through B's own slug, A's course and enrollment ids are just as unknown.
    expect(await as(b.admin.actor, () => grantEnrollmentAction(b.center.slug, grantInput))).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(await as(b.admin.actor, () => revokeEnrollmentAction(b.center.slug, revokeInput))).toMatchObject({ ok: false, error: { code: "not_found" } });
    // A's instructor: a member without the permission, even for their own course's student.
    expect(await as(a.instructor.actor, () => grantEnrollmentAction(a.center.slug, { ...grantInput, userId: taughtStudent.id }))).toMatchObject({ ok: false, error: { code: "forbidden" } });
    const taughtEnrollment = await db.enrollment.findFirstOrThrow({ where: { userId: taughtStudent.id } });
    expect(await as(a.instructor.actor, () => revokeEnrollmentAction(a.center.slug, { enrollmentId: taughtEnrollment.id, reason: "ADMIN" }))).toMatchObject({ ok: false, error: { code: "forbidden" } });
    // Signed out.
    expect(await as(null, () => grantEnrollmentAction(a.center.slug, grantInput))).toMatchObject({ ok: false, error: { code: "unauthorized" } });
    // Nothing changed.
    expect(await db.enrollment.count({ where: { userId: newcomer.id } })).toBe(0);
    expect((await db.enrollment.findUniqueOrThrow({ where: { id: otherEnrollment.id } })).status).toBe("ACTIVE");
    expect(await db.activityLog.count({ where: { centerId: { in: [a.center.id, b.center.id] }, action: { in: ["enrollment.granted", "enrollment.revoked"] } } })).toBe(0);
  });
});
