import { randomBytes, randomInt } from "node:crypto";
import { db } from "@/lib/db";
import { everyone, ownedByStudentA, signedIn, type MatrixEntry } from "./authorization-matrix-kit";

const phone = () => `+95942${randomInt(1_000_000, 9_999_999)}`;
const attemptRow = { status: true, submittedAt: true, score: true } as const;

/** /api/v1 outside /me: sign-in, the public catalog, learning, quizzes, live classes, orders, policies. */
export const v1Matrix: Record<string, MatrixEntry> = {
  // Sign-in is public; a bearer token neither helps nor hurts.
  "POST /api/v1/auth/otp/request": { request: () => ({ url: "/api/v1/auth/otp/request", body: { phone: phone() } }), expect: everyone("ok") },
  "POST /api/v1/auth/otp/verify": {
    request: () => ({ url: "/api/v1/auth/otp/verify", body: { phone: phone(), code: "000000" } }),
    expect: everyone("bad_request"),
    why: "No code was sent to a fresh phone: 400 invalid_code, the same for everyone.",
  },
  "POST /api/v1/auth/refresh": { request: () => ({ url: "/api/v1/auth/refresh", body: { refreshToken: randomBytes(24).toString("base64url") } }), expect: everyone("unauthenticated") },
  "POST /api/v1/auth/logout": { request: () => ({ url: "/api/v1/auth/logout" }), expect: signedIn("ok"), endsSession: true },

  "GET /api/v1/categories": { request: () => ({ url: "/api/v1/categories" }), expect: everyone("ok") },
  "GET /api/v1/courses": { request: () => ({ url: "/api/v1/courses" }), expect: everyone("ok") },
  "GET /api/v1/courses/[id]": { request: (fx) => ({ url: `/api/v1/courses/${fx.course.id}`, params: { id: fx.course.id } }), expect: everyone("ok") },
  "GET /api/v1/centers/[id]": { request: (fx) => ({ url: `/api/v1/centers/${fx.centerA.id}`, params: { id: fx.centerA.id } }), expect: everyone("ok") },
  "GET /api/v1/instructors/[id]": { request: (fx) => ({ url: `/api/v1/instructors/${fx.instructorProfileA.id}`, params: { id: fx.instructorProfileA.id } }), expect: everyone("ok") },
  "POST /api/v1/instructors/[id]/follow": { request: (fx) => ({ url: `/api/v1/instructors/${fx.instructorProfileA.id}/follow`, params: { id: fx.instructorProfileA.id } }), expect: signedIn("ok") },
  "DELETE /api/v1/instructors/[id]/follow": { request: (fx) => ({ url: `/api/v1/instructors/${fx.instructorProfileA.id}/follow`, params: { id: fx.instructorProfileA.id } }), expect: signedIn("ok") },

  // Learning: an ACTIVE enrollment (students A and B), else 404 like a missing id (ADR 0011).
  "GET /api/v1/courses/[id]/lessons/[lessonId]": {
    request: (fx) => ({ url: `/api/v1/courses/${fx.course.id}/lessons/${fx.lesson.id}`, params: { id: fx.course.id, lessonId: fx.lesson.id } }),
    expect: signedIn("not_found", { studentA: "ok", studentB: "ok" }),
  },
  "POST /api/v1/lessons/[lessonId]/complete": {
    request: (fx) => ({ url: `/api/v1/lessons/${fx.lesson.id}/complete`, params: { lessonId: fx.lesson.id } }),
    expect: signedIn("not_found", { studentA: "ok", studentB: "ok" }),
    guard: { read: (fx) => db.lessonProgress.findMany({ where: { userId: fx.users.studentA.id }, select: { lessonId: true, completedAt: true } }), changedBy: ["studentA"] },
  },
  "GET /api/v1/quizzes/[id]": {
    request: (fx) => ({ url: `/api/v1/quizzes/${fx.quiz.id}`, params: { id: fx.quiz.id } }),
    expect: signedIn("not_found", { studentA: "ok", studentB: "ok" }),
  },
  "GET /api/v1/quizzes/[id]/attempts": {
    request: (fx) => ({ url: `/api/v1/quizzes/${fx.quiz.id}/attempts`, params: { id: fx.quiz.id } }),
    expect: signedIn("not_found", { studentA: "ok", studentB: "ok" }),
  },
  "POST /api/v1/quizzes/[id]/attempts": {
    request: (fx) => ({ url: `/api/v1/quizzes/${fx.quiz.id}/attempts`, params: { id: fx.quiz.id } }),
    expect: signedIn("not_found", { studentA: "ok", studentB: "ok" }),
    guard: { read: (fx) => db.quizAttempt.findUniqueOrThrow({ where: { id: fx.attempt.id }, select: attemptRow }), changedBy: ["studentA"] },
  },
  "POST /api/v1/quiz-attempts/[id]/submit": {
    // Student B is enrolled in the same quiz: only the ownership check stands between B and A's attempt.
    request: (fx) => ({ url: `/api/v1/quiz-attempts/${fx.attempt.id}/submit`, params: { id: fx.attempt.id }, body: { answers: [] } }),
    expect: ownedByStudentA(),
    guard: { read: (fx) => db.quizAttempt.findUniqueOrThrow({ where: { id: fx.attempt.id }, select: attemptRow }), changedBy: ["studentA"] },
  },
  "POST /api/v1/live-classes/[id]/join": {
    request: (fx) => ({ url: `/api/v1/live-classes/${fx.liveClass.id}/join`, params: { id: fx.liveClass.id } }),
    expect: signedIn("not_found", { studentA: "ok", studentB: "ok" }),
    guard: { read: (fx) => db.liveClassParticipation.findMany({ where: { liveClassId: fx.liveClass.id, userId: fx.users.studentA.id }, select: { id: true } }), changedBy: ["studentA"] },
  },

  // Orders: one's own only; another person's is 404 (api-contract.md).
  "POST /api/v1/coupons/validate": { request: (fx) => ({ url: "/api/v1/coupons/validate", body: { courseId: fx.forSale.id, code: fx.coupon.code } }), expect: signedIn("ok") },
  "POST /api/v1/orders": { request: (fx) => ({ url: "/api/v1/orders", body: { courseId: fx.forSale.id, provider: "kbzpay" } }), expect: signedIn("ok") },
  "GET /api/v1/orders/[id]": { request: (fx) => ({ url: `/api/v1/orders/${fx.order.id}`, params: { id: fx.order.id } }), expect: ownedByStudentA() },
  "POST /api/v1/orders/[id]/refund-request": {
    request: (fx) => ({ url: `/api/v1/orders/${fx.order.id}/refund-request`, params: { id: fx.order.id }, body: { reason: "Not for me" } }),
    expect: ownedByStudentA(),
    guard: {
      read: (fx) => db.order.findUniqueOrThrow({ where: { id: fx.order.id }, select: { status: true, refunds: { select: { id: true } } } }),
      changedBy: ["studentA"],
    },
  },

  "GET /api/v1/policies": { request: () => ({ url: "/api/v1/policies" }), expect: everyone("ok") },
  "POST /api/v1/policies/[id]/acknowledge": {
    request: (fx) => ({ url: `/api/v1/policies/${fx.policy.id}/acknowledge`, params: { id: fx.policy.id } }),
    expect: signedIn("ok"),
    guard: { read: (fx) => db.policyAcknowledgement.findMany({ where: { userId: fx.users.studentA.id }, select: { id: true } }), changedBy: ["studentA"] },
  },
  "POST /api/v1/events": {
    request: () => ({ url: "/api/v1/events", body: { events: [{ name: "screen.view", screen: "home", at: new Date().toISOString() }] } }),
    expect: everyone("ok"),
  },

  "GET /api/v1/openapi.json": { request: () => ({ url: "/api/v1/openapi.json" }), expect: everyone("ok") },
  "GET /api/v1/docs": { request: () => ({ url: "/api/v1/docs" }), expect: everyone("ok") },
  "GET /api/v1/docs/scalar.js": { request: () => ({ url: "/api/v1/docs/scalar.js" }), expect: everyone("ok") },
  // The catch-all answers the contract's 404 for every path without a route of its own.
  ...Object.fromEntries(
    ["GET", "POST", "PUT", "PATCH", "DELETE"].map((method) => [
      `${method} /api/v1/[...path]`,
      { request: () => ({ url: "/api/v1/nothing/here", params: { path: ["nothing", "here"] } }), expect: everyone("not_found") } satisfies MatrixEntry,
    ]),
  ),
};
