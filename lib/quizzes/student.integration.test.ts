import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/http/errors";
import { createUser } from "@/lib/testing/factories";
import { createEnrolledStudent, createQuizSetup, enroll } from "@/lib/testing/quiz-factories";
import { actorFor } from "@/lib/testing/staff-factories";
import { getQuizForStudent } from "./get-quiz-for-student";
import { listMyAttempts } from "./list-my-attempts";
import { GRACE_MS } from "./quiz-rules";
import { startAttempt } from "./start-attempt";
import { submitAttempt } from "./submit-attempt";

const page = { limit: 20 };
const code = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (error: unknown) => (error instanceof AppError ? error.code : String(error)),
  );
const details = async (promise: Promise<unknown>) => {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).details as { path: string; code: string }[];
};
type Setup = Awaited<ReturnType<typeof createQuizSetup>>;
const allQuestions = (setup: Setup) => setup.pools.flatMap((p) => p.questions);
/** The correct answers of the given questions, as the client would send them. */
const rightAnswers = (setup: Setup, questionIds: string[]) =>
  questionIds.map((id) => {
    const q = allQuestions(setup).find((x) => x.id === id)!;
    return { questionId: id, optionIds: q.options.filter((o) => o.isCorrect).map((o) => o.id) };
  });

describe("quiz access for students (404 for everyone but enrolled students of a published quiz)", () => {
  it("answers not_found for a stranger, a revoked or expired enrollment, a draft quiz, an unpublished course and a missing id", async () => {
    const setup = await createQuizSetup();
    const draftQuiz = await createQuizSetup({ published: false });
    const draftCourse = await createQuizSetup({ courseStatus: "DRAFT" });
    const stranger = actorFor(await createUser(), "mobile");
    const revoked = await createUser();
    await enroll(revoked.id, setup.course, { status: "REVOKED" });
    const lapsed = await createUser();
    await enroll(lapsed.id, setup.course, { expiresAt: new Date(Date.now() - 1000) });
    const cases: [ReturnType<typeof actorFor>, string][] = [
      [stranger, setup.quiz.id],
      [actorFor(revoked, "mobile"), setup.quiz.id],
      [actorFor(lapsed, "mobile"), setup.quiz.id],
      [(await createEnrolledStudent(draftQuiz.course)).actor, draftQuiz.quiz.id],
      [(await createEnrolledStudent(draftCourse.course)).actor, draftCourse.quiz.id],
      [(await createEnrolledStudent(setup.course)).actor, "0190a000-0000-7000-8000-000000000000"],
    ];
    for (const [actor, quizId] of cases) {
      expect(await code(getQuizForStudent(actor, quizId, "en"))).toBe("not_found");
      expect(await code(startAttempt(actor, quizId, "en"))).toBe("not_found");
      expect(await code(listMyAttempts(actor, quizId, page))).toBe("not_found");
    }
    expect(await db.quizAttempt.count()).toBe(0);
  });

  it("shows an enrolled student the rules and counts, in their language, without questions", async () => {
    const setup = await createQuizSetup({ pools: [{ questions: [{}, {}, {}, {}], drawCount: 2 }, { questions: [{}] }], maxAttempts: 2 });
    const { actor } = await createEnrolledStudent(setup.course);
    const quiz = await getQuizForStudent(actor, setup.quiz.id, "my");
    expect(quiz).toEqual({
      id: setup.quiz.id,
      courseId: setup.course.id,
      title: "စာမေးပွဲ",
      description: "Check what you learned",
      passMarkPercent: 60,
      timeLimitSeconds: 600,
      maxAttempts: 2,
      attemptsUsed: 0,
      attemptsRemaining: 2,
      questionCount: 3,
      inProgressAttemptId: null,
      passed: false,
    });
    const attempt = await startAttempt(actor, setup.quiz.id, "en");
    expect(await getQuizForStudent(actor, setup.quiz.id, "en")).toMatchObject({ attemptsUsed: 1, attemptsRemaining: 1, inProgressAttemptId: attempt.id });
  });
});

describe("startAttempt", () => {
  it("draws a random subset per pool, stores it, fixes the deadline by the server clock and hides correct answers", async () => {
    const setup = await createQuizSetup({ pools: [{ questions: Array.from({ length: 10 }, () => ({})), drawCount: 3 }, { questions: [{}, {}], drawCount: null }], maxAttempts: null });
    const { actor } = await createEnrolledStudent(setup.course);
    const now = new Date(Date.now() + 1000);
    const attempt = await startAttempt(actor, setup.quiz.id, "en", { now });
    expect(attempt.questions).toHaveLength(5);
    expect(attempt.questions.filter((q) => setup.pools[0]!.questions.some((p) => p.id === q.id))).toHaveLength(3);
    expect(attempt.questions.filter((q) => setup.pools[1]!.questions.some((p) => p.id === q.id))).toHaveLength(2);
    expect(attempt).toMatchObject({ attemptNumber: 1, status: "IN_PROGRESS", resumed: false, startedAt: now.toISOString(), deadline: new Date(now.getTime() + 600_000).toISOString() });
    const row = await db.quizAttempt.findUniqueOrThrow({ where: { id: attempt.id } });
    expect(row.questionIds).toEqual(attempt.questions.map((q) => q.id));
    expect(row.deadline?.toISOString()).toBe(new Date(now.getTime() + 600_000).toISOString());
    const json = JSON.stringify(attempt);
    expect(json).not.toMatch(/isCorrect|correct|explanation|Because/i);
    expect(Object.keys(attempt.questions[0]!.options[0]!)).toEqual(["id", "text"]);
  });

  it("resumes the attempt in progress instead of starting a second one", async () => {
    const setup = await createQuizSetup();
    const { actor } = await createEnrolledStudent(setup.course);
    const first = await startAttempt(actor, setup.quiz.id, "en");
    const again = await startAttempt(actor, setup.quiz.id, "en");
    expect(again).toMatchObject({ id: first.id, resumed: true, deadline: first.deadline });
    expect(again.questions.map((q) => q.id)).toEqual(first.questions.map((q) => q.id));
    expect(await db.quizAttempt.count({ where: { quizId: setup.quiz.id } })).toBe(1);
  });

  it("draws a different subset on later attempts (random per attempt), always of the right size", async () => {
    const setup = await createQuizSetup({ pools: [{ questions: Array.from({ length: 10 }, () => ({})), drawCount: 3 }], maxAttempts: null });
    const { actor } = await createEnrolledStudent(setup.course);
    const seen = new Set<string>();
    for (let i = 0; i < 5; i++) {
      const attempt = await startAttempt(actor, setup.quiz.id, "en");
      expect(attempt.questions).toHaveLength(3);
      for (const q of attempt.questions) seen.add(q.id);
      await submitAttempt(actor, attempt.id, { answers: [] }, "en");
    }
    expect(seen.size).toBeGreaterThan(3);
  });

  it("refuses a start with 409 once the attempt limit is used up", async () => {
    const setup = await createQuizSetup({ maxAttempts: 1 });
    const { actor } = await createEnrolledStudent(setup.course);
    const attempt = await startAttempt(actor, setup.quiz.id, "en");
    await submitAttempt(actor, attempt.id, { answers: [] }, "en");
    const error = await startAttempt(actor, setup.quiz.id, "en").catch((e: AppError) => e);
    expect(error).toMatchObject({ code: "conflict", details: { reason: "attempt_limit_reached" } });
  });

  it("closes an attempt whose time ran out as EXPIRED (0 points) and starts the next one", async () => {
    const setup = await createQuizSetup({ timeLimitSeconds: 60, maxAttempts: 2 });
    const { actor } = await createEnrolledStudent(setup.course);
    const start = new Date();
    const first = await startAttempt(actor, setup.quiz.id, "en", { now: start });
    const later = new Date(start.getTime() + 60_000 + GRACE_MS + 1);
    const second = await startAttempt(actor, setup.quiz.id, "en", { now: later });
    expect(second).toMatchObject({ attemptNumber: 2, resumed: false });
    expect(await db.quizAttempt.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ status: "EXPIRED", score: 0, passed: false, maxScore: 3 });
    expect(await code(submitAttempt(actor, first.id, { answers: [] }, "en", { now: later }))).toBe("conflict");
  });
});

describe("submitAttempt", () => {
  it("scores single choice, true/false and multiple choice all-or-nothing, stores answers and only now reveals the correct options", async () => {
    const setup = await createQuizSetup({
      shuffleQuestions: false,
      passMarkPercent: 50,
      pools: [
        {
          questions: [
            { kind: "SINGLE_CHOICE", options: 4, correct: [2], points: 2 },
            { kind: "SINGLE_CHOICE", options: 2, correct: [1] }, // true/false
            { kind: "MULTIPLE_CHOICE", options: 4, correct: [0, 3], points: 3 },
            { kind: "MULTIPLE_CHOICE", options: 3, correct: [0, 1], points: 4 },
          ],
        },
      ],
    });
    const [single, trueFalse, multiple, partial] = setup.pools[0]!.questions;
    const { actor } = await createEnrolledStudent(setup.course);
    const attempt = await startAttempt(actor, setup.quiz.id, "en");
    const result = await submitAttempt(
      actor,
      attempt.id,
      {
        answers: [
          { questionId: single!.id, optionIds: [single!.options[2]!.id] },
          { questionId: trueFalse!.id, optionIds: [trueFalse!.options[0]!.id] },
          { questionId: multiple!.id, optionIds: [multiple!.options[3]!.id, multiple!.options[0]!.id] },
          { questionId: partial!.id, optionIds: [partial!.options[0]!.id] },
        ],
      },
      "en",
    );
    expect(result).toMatchObject({ status: "SUBMITTED", late: false, score: 5, maxScore: 10, scorePercent: 50, passMarkPercent: 50, passed: true });
    expect(result.questions.map((q) => [q.isCorrect, q.pointsAwarded])).toEqual([[true, 2], [false, 0], [true, 3], [false, 0]]);
    expect(result.questions[1]).toMatchObject({ correctOptionIds: [trueFalse!.options[1]!.id], explanation: "Because." });
    expect(result.questions[3]!.options.map((o) => o.isCorrect)).toEqual([true, true, false]);

    const row = await db.quizAttempt.findUniqueOrThrow({ where: { id: attempt.id }, include: { answers: true } });
    expect(row).toMatchObject({ status: "SUBMITTED", score: 5, maxScore: 10, scorePercent: 50, passed: true });
    expect(row.answers).toHaveLength(4);
    expect(row.answers.find((a) => a.questionId === partial!.id)).toMatchObject({ isCorrect: false, pointsAwarded: 0, selectedOptionIds: [partial!.options[0]!.id] });
    expect(await getQuizForStudent(actor, setup.quiz.id, "en")).toMatchObject({ passed: true, inProgressAttemptId: null });
  });

  it("rejects with 422 and paths: a question outside the attempt, an option of another question, two options on single choice, a repeated question", async () => {
    const setup = await createQuizSetup({ pools: [{ questions: [{}, {}, {}, {}], drawCount: 2 }, { questions: [{ kind: "MULTIPLE_CHOICE", correct: [0, 1] }] }] });
    const { actor } = await createEnrolledStudent(setup.course);
    const attempt = await startAttempt(actor, setup.quiz.id, "en");
    const drawn = new Set(attempt.questions.map((q) => q.id));
    const outside = setup.pools[0]!.questions.find((q) => !drawn.has(q.id))!;
    const inside = setup.pools[0]!.questions.find((q) => drawn.has(q.id))!;
    const multiple = setup.pools[1]!.questions[0]!;

    expect(await details(submitAttempt(actor, attempt.id, { answers: [{ questionId: outside.id, optionIds: [outside.options[0]!.id] }] }, "en"))).toEqual([
      expect.objectContaining({ path: "body.answers.0.questionId", code: "not_in_attempt" }),
    ]);
    const mixed = await details(
      submitAttempt(actor, attempt.id, { answers: [{ questionId: multiple.id, optionIds: [multiple.options[0]!.id, inside.options[0]!.id] }] }, "en"),
    );
    expect(mixed).toEqual([expect.objectContaining({ path: "body.answers.0.optionIds.1", code: "not_an_option" })]);
    const twoOnSingle = await details(submitAttempt(actor, attempt.id, { answers: [{ questionId: inside.id, optionIds: [inside.options[0]!.id, inside.options[1]!.id] }] }, "en"));
    expect(twoOnSingle).toEqual([expect.objectContaining({ path: "body.answers.0.optionIds", code: "single_choice" })]);
    const repeated = await details(
      submitAttempt(actor, attempt.id, { answers: [{ questionId: inside.id, optionIds: [] }, { questionId: inside.id, optionIds: [] }] }, "en"),
    );
    expect(repeated).toEqual([expect.objectContaining({ path: "body.answers.1.questionId", code: "duplicate" })]);
    // Nothing was stored by the refused submissions; the attempt can still be submitted.
    expect(await db.quizAnswer.count({ where: { attemptId: attempt.id } })).toBe(0);
    expect((await submitAttempt(actor, attempt.id, { answers: rightAnswers(setup, [...drawn]) }, "en")).score).toBe(3);
  });

  it("refuses a second submission with 409", async () => {
    const setup = await createQuizSetup();
    const { actor } = await createEnrolledStudent(setup.course);
    const attempt = await startAttempt(actor, setup.quiz.id, "en");
    await submitAttempt(actor, attempt.id, { answers: [] }, "en");
    expect(await code(submitAttempt(actor, attempt.id, { answers: rightAnswers(setup, attempt.questions.map((q) => q.id)) }, "en"))).toBe("conflict");
    expect(await db.quizAttempt.findUniqueOrThrow({ where: { id: attempt.id } })).toMatchObject({ score: 0, passed: false });
  });

  it("counts a submission within the grace period and scores a later one 0 as EXPIRED, whatever the client thinks the time is", async () => {
    const setup = await createQuizSetup({ timeLimitSeconds: 60, maxAttempts: null });
    const { actor } = await createEnrolledStudent(setup.course);
    const start = new Date();

    const onTime = await startAttempt(actor, setup.quiz.id, "en", { now: start });
    const inGrace = new Date(start.getTime() + 60_000 + GRACE_MS);
    const ok = await submitAttempt(actor, onTime.id, { answers: rightAnswers(setup, onTime.questions.map((q) => q.id)) }, "en", { now: inGrace });
    expect(ok).toMatchObject({ status: "SUBMITTED", late: false, score: 3, passed: true });

    const next = await startAttempt(actor, setup.quiz.id, "en", { now: inGrace });
    const late = new Date(new Date(next.deadline!).getTime() + GRACE_MS + 1);
    const result = await submitAttempt(actor, next.id, { answers: rightAnswers(setup, next.questions.map((q) => q.id)) }, "en", { now: late });
    expect(result).toMatchObject({ status: "EXPIRED", late: true, score: 0, maxScore: 3, scorePercent: 0, passed: false });
    expect(result.questions.every((q) => q.isCorrect && q.pointsAwarded === 0)).toBe(true);
    expect(await db.quizAttempt.findUniqueOrThrow({ where: { id: next.id } })).toMatchObject({ status: "EXPIRED", score: 0, passed: false });
  });
});

describe("two students", () => {
  it("B can neither submit A's attempt nor see it in their history (404, not 403)", async () => {
    const setup = await createQuizSetup();
    const a = await createEnrolledStudent(setup.course);
    const b = await createEnrolledStudent(setup.course);
    const attemptA = await startAttempt(a.actor, setup.quiz.id, "en");
    expect(await code(submitAttempt(b.actor, attemptA.id, { answers: [] }, "en"))).toBe("not_found");
    expect((await listMyAttempts(b.actor, setup.quiz.id, page)).items).toEqual([]);
    const attemptB = await startAttempt(b.actor, setup.quiz.id, "en");
    expect(attemptB.id).not.toBe(attemptA.id);
    expect(attemptB.attemptNumber).toBe(1);
    await submitAttempt(a.actor, attemptA.id, { answers: rightAnswers(setup, attemptA.questions.map((q) => q.id)) }, "en");
    const history = await listMyAttempts(a.actor, setup.quiz.id, page);
    expect(history.items).toEqual([expect.objectContaining({ id: attemptA.id, status: "SUBMITTED", score: 3, maxScore: 3, scorePercent: 100, passed: true })]);
  });

  it("lists history newest first, page by page", async () => {
    const setup = await createQuizSetup({ maxAttempts: null });
    const { actor } = await createEnrolledStudent(setup.course);
    for (let i = 0; i < 3; i++) {
      const attempt = await startAttempt(actor, setup.quiz.id, "en");
      await submitAttempt(actor, attempt.id, { answers: [] }, "en");
    }
    const first = await listMyAttempts(actor, setup.quiz.id, { limit: 2 });
    expect(first.items.map((i) => i.attemptNumber)).toEqual([3, 2]);
    const second = await listMyAttempts(actor, setup.quiz.id, { limit: 2, cursor: first.nextCursor! });
    expect(second).toMatchObject({ items: [expect.objectContaining({ attemptNumber: 1 })], nextCursor: null });
  });
});
