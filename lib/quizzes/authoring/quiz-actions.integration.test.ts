import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { createQuizSetup } from "@/lib/testing/quiz-factories";
import { createCenterWithStaff } from "@/lib/testing/staff-factories";

// The quiz pages' server actions as Next runs them: the session's actor, the request's headers,
// the real database. Every action answers an ActionResult; a foreign id answers not_found.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/web-actor", () => ({ getWebActor: async () => session.actor }));
vi.mock("@/lib/i18n/current-locale", () => ({ currentLocale: async () => "en" }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "Mozilla/5.0 Chrome/130.0", "x-request-id": "req-quizzes" }) }));

const actions = await import("@/app/center/[slug]/courses/[courseId]/quizzes/actions");

type Staffed = Awaited<ReturnType<typeof createCenterWithStaff>>;
type Setup = Awaited<ReturnType<typeof createQuizSetup>>;
const option = (textEn: string, isCorrect: boolean) => ({ textEn, textMy: null, isCorrect });

let a: Staffed;
let b: Staffed;
let assigned: Setup;
let unassigned: Setup;

beforeAll(async () => {
  [a, b] = await Promise.all([createCenterWithStaff(), createCenterWithStaff()]);
  assigned = await createQuizSetup({ centerId: a.center.id, instructorIds: [a.instructorProfile.id], published: false });
  unassigned = await createQuizSetup({ centerId: a.center.id });
});

beforeEach(() => {
  session.actor = null;
});

describe("quiz server actions", () => {
  it("let an assigned instructor build and publish a quiz from the dashboard", async () => {
    session.actor = a.instructor.actor;
    const slug = a.center.slug;
    const created = await actions.createQuizAction(slug, { courseId: assigned.course.id, titleEn: "Week 3", passMarkPercent: 70, timeLimitSeconds: 600, maxAttempts: null });
    expect(created.ok).toBe(true);
    const quizId = created.ok ? created.data.id : "";
    const pool = await db.quizPoolDraw.findFirstOrThrow({ where: { quizId }, select: { poolId: true, drawCount: true } });
    expect(pool.drawCount).toBeNull();

    const question = await actions.addQuestionAction(slug, { poolId: pool.poolId, kind: "SINGLE_CHOICE", promptEn: "2 + 2?", options: [option("4", true), option("5", false)] });
    expect(question).toMatchObject({ ok: true });
    const questionId = question.ok ? question.data.id : "";
    expect(await actions.updateQuestionAction(slug, questionId, { kind: "MULTIPLE_CHOICE", options: [option("4", true), option("four", true)] })).toMatchObject({ ok: true });
    expect(await db.questionOption.findMany({ where: { questionId }, orderBy: { position: "asc" }, select: { textEn: true, isCorrect: true } })).toEqual([
      { textEn: "4", isCorrect: true },
      { textEn: "four", isCorrect: true },
    ]);

    const extra = await actions.addQuizPoolAction(slug, { quizId, titleEn: "Bank", drawCount: 1 });
    expect(extra.ok).toBe(true);
    const extraId = extra.ok ? extra.data.id : "";
    expect(await actions.setPoolDrawAction(slug, { quizId, poolId: extraId, drawCount: 2 })).toMatchObject({ ok: true });
    expect(await actions.removePoolDrawAction(slug, { quizId, poolId: extraId })).toEqual({ ok: true, data: { id: quizId } });
    expect(await actions.deleteQuestionPoolAction(slug, extraId)).toEqual({ ok: true, data: { id: extraId } });
    expect(await actions.updateQuizAction(slug, quizId, { published: true })).toMatchObject({ ok: true });
    expect((await db.quiz.findUniqueOrThrow({ where: { id: quizId } })).publishedAt).not.toBeNull();
    expect(await actions.deleteQuestionAction(slug, questionId)).toEqual({ ok: true, data: { id: questionId } });
    expect(await db.activityLog.count({ where: { actorUserId: a.instructor.user.id, requestId: "req-quizzes" } })).toBeGreaterThanOrEqual(9);
  });

  it("answer field errors with the schema's paths and the rule's code, in the reader's language", async () => {
    session.actor = a.admin.actor;
    const noTitle = await actions.createQuizAction(a.center.slug, { courseId: assigned.course.id, titleEn: null });
    expect(noTitle).toMatchObject({ ok: false, error: { code: "validation_failed", fields: [expect.objectContaining({ path: "titleMy", code: "custom" })] } });
    const twoCorrect = await actions.addQuestionAction(a.center.slug, { poolId: assigned.pools[0]!.id, kind: "SINGLE_CHOICE", promptEn: "?", options: [option("a", true), option("b", true)] });
    expect(twoCorrect).toMatchObject({ ok: false, error: { code: "validation_failed", message: "Some fields are not valid.", fields: [{ path: "options", code: "single_choice_needs_one_correct" }] } });
    expect(await actions.updateQuizAction(a.center.slug, assigned.quiz.id, { passMarkPercent: 101 })).toMatchObject({ ok: false, error: { fields: [expect.objectContaining({ path: "passMarkPercent" })] } });
  });

  it("answer not_found to another center's admin and to an unassigned instructor; unauthorized when signed out", async () => {
    const question = unassigned.pools[0]!.questions[0]!;
    const all = (slug: string, setup: Setup) => {
      const q = setup.pools[0]!.questions[0]!;
      return Promise.all([
        actions.createQuizAction(slug, { courseId: setup.course.id, titleEn: "Nope" }),
        actions.updateQuizAction(slug, setup.quiz.id, { published: false }),
        actions.addQuizPoolAction(slug, { quizId: setup.quiz.id, titleEn: "Nope", drawCount: null }),
        actions.setPoolDrawAction(slug, { quizId: setup.quiz.id, poolId: setup.pools[0]!.id, drawCount: 1 }),
        actions.removePoolDrawAction(slug, { quizId: setup.quiz.id, poolId: setup.pools[0]!.id }),
        actions.deleteQuestionPoolAction(slug, setup.pools[0]!.id),
        actions.addQuestionAction(slug, { poolId: setup.pools[0]!.id, kind: "SINGLE_CHOICE", promptEn: "?", options: [option("a", true), option("b", false)] }),
        actions.updateQuestionAction(slug, q.id, { promptEn: "Hijack" }),
        actions.deleteQuestionAction(slug, q.id),
      ]);
    };
    const codes = (results: Awaited<ReturnType<typeof all>>) => results.map((r) => (r.ok ? "ok" : r.error.code));

    // B's admin, through B's own slug (the session decides) and through A's slug.
    session.actor = b.admin.actor;
    expect(codes(await all(b.center.slug, unassigned))).toEqual(Array(9).fill("not_found"));
    expect(codes(await all(a.center.slug, unassigned))).toEqual(Array(9).fill("not_found"));
    session.actor = a.instructor.actor;
    expect(codes(await all(a.center.slug, unassigned))).toEqual(Array(9).fill("not_found"));
    session.actor = null;
    expect(codes(await all(a.center.slug, unassigned))).toEqual(Array(9).fill("unauthorized"));

    expect(await db.question.findUniqueOrThrow({ where: { id: question.id } })).toMatchObject({ promptEn: "Question 1" });
    expect(await db.quizPoolDraw.count({ where: { quizId: unassigned.quiz.id } })).toBe(1);
    expect((await db.quiz.findUniqueOrThrow({ where: { id: unassigned.quiz.id } })).publishedAt).not.toBeNull();
    expect(await db.quiz.count({ where: { courseId: unassigned.course.id } })).toBe(1);
  });
});
