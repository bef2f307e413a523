import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { callRoute } from "@/lib/testing/call-route";
import { createUser } from "@/lib/testing/factories";
import { createEnrolledStudent, createQuizSetup } from "@/lib/testing/quiz-factories";
import { bearerFor } from "@/lib/testing/sign-in";
import { POST as submit } from "@/app/api/v1/quiz-attempts/[id]/submit/route";
import { GET as listAttempts, POST as start } from "@/app/api/v1/quizzes/[id]/attempts/route";
import { GET as getQuiz } from "@/app/api/v1/quizzes/[id]/route";

const post = (authorization: string, body?: unknown) => ({
  method: "POST",
  headers: { authorization, "content-type": "application/json", "accept-language": "en" },
  ...(body === undefined ? {} : { body: JSON.stringify(body) }),
});
const get = (authorization: string, language = "en") => ({ headers: { authorization, "accept-language": language } });

async function signedInStudent(course: { id: string; centerId: string }) {
  const { user } = await createEnrolledStudent(course);
  return bearerFor(user.id);
}

describe("quiz routes (/api/v1/quizzes, /api/v1/quiz-attempts)", () => {
  it("needs a token", async () => {
    const setup = await createQuizSetup();
    const params = { id: setup.quiz.id };
    expect((await callRoute(getQuiz, `/api/v1/quizzes/${setup.quiz.id}`, { params })).status).toBe(401);
    expect((await callRoute(start, `/api/v1/quizzes/${setup.quiz.id}/attempts`, { method: "POST", params })).status).toBe(401);
  });

  it("answers 404 to a signed-in user who is not enrolled: quiz, attempts, history and submit", async () => {
    const setup = await createQuizSetup();
    const enrolled = await signedInStudent(setup.course);
    const stranger = await bearerFor((await createUser()).id);
    const params = { id: setup.quiz.id };
    const attempt = await callRoute(start, `/api/v1/quizzes/${setup.quiz.id}/attempts`, { ...post(enrolled), params });
    expect(attempt.status).toBe(201);

    for (const res of [
      await callRoute(getQuiz, `/api/v1/quizzes/${setup.quiz.id}`, { ...get(stranger), params }),
      await callRoute(start, `/api/v1/quizzes/${setup.quiz.id}/attempts`, { ...post(stranger), params }),
      await callRoute(listAttempts, `/api/v1/quizzes/${setup.quiz.id}/attempts`, { ...get(stranger), params }),
      await callRoute(submit, `/api/v1/quiz-attempts/${attempt.json.id}/submit`, { ...post(stranger, { answers: [] }), params: { id: attempt.json.id } }),
    ]) {
      expect(res.status).toBe(404);
      expect(res.json.error.code).toBe("not_found");
    }
    expect(await db.quizAttempt.count({ where: { quizId: setup.quiz.id } })).toBe(1);
  });

  it("never sends a correct answer before submission, and sends them in the result", async () => {
    const setup = await createQuizSetup({ pools: [{ questions: [{}, { kind: "MULTIPLE_CHOICE", correct: [0, 2] }, { options: 2, correct: [1] }] }] });
    const auth = await signedInStudent(setup.course);
    const params = { id: setup.quiz.id };
    const quiz = await callRoute(getQuiz, `/api/v1/quizzes/${setup.quiz.id}`, { ...get(auth, "my"), params });
    expect(quiz.json).toMatchObject({ title: "စာမေးပွဲ", questionCount: 3, attemptsUsed: 0 });
    const attempt = await callRoute(start, `/api/v1/quizzes/${setup.quiz.id}/attempts`, { ...post(auth), params });
    expect(attempt.status).toBe(201);
    expect(attempt.json.questions).toHaveLength(3);
    expect(attempt.json.deadline).toEqual(expect.any(String));
    const resumed = await callRoute(start, `/api/v1/quizzes/${setup.quiz.id}/attempts`, { ...post(auth), params });
    expect(resumed.json).toMatchObject({ id: attempt.json.id, resumed: true });
    const history = await callRoute(listAttempts, `/api/v1/quizzes/${setup.quiz.id}/attempts`, { ...get(auth), params });
    for (const res of [quiz, attempt, resumed, history]) {
      expect(res.text).not.toMatch(/isCorrect|correct|explanation|Because/i);
    }

    const questions = setup.pools[0]!.questions;
    const answers = questions.map((q) => ({ questionId: q.id, optionIds: q.options.filter((o) => o.isCorrect).map((o) => o.id) }));
    const result = await callRoute(submit, `/api/v1/quiz-attempts/${attempt.json.id}/submit`, { ...post(auth, { answers }), params: { id: attempt.json.id } });
    expect(result.status).toBe(200);
    expect(result.json).toMatchObject({ status: "SUBMITTED", late: false, score: 3, maxScore: 3, passed: true });
    expect(result.text).toContain('"isCorrect":true');
    expect(result.json.questions.map((q: { correctOptionIds: string[] }) => q.correctOptionIds.length).sort()).toEqual([1, 1, 2]);
    const again = await callRoute(submit, `/api/v1/quiz-attempts/${attempt.json.id}/submit`, { ...post(auth, { answers }), params: { id: attempt.json.id } });
    expect(again.status).toBe(409);
  });

  it("judges time by the server: a submission after the stored deadline scores 0, whatever the client sends", async () => {
    const setup = await createQuizSetup({ timeLimitSeconds: 60 });
    const auth = await signedInStudent(setup.course);
    const attempt = await callRoute(start, `/api/v1/quizzes/${setup.quiz.id}/attempts`, { ...post(auth), params: { id: setup.quiz.id } });
    await db.quizAttempt.update({ where: { id: attempt.json.id }, data: { deadline: new Date(Date.now() - 60_000) } });
    const answers = setup.pools[0]!.questions.map((q) => ({ questionId: q.id, optionIds: [q.options[0]!.id] }));
    // A client that claims an earlier time is refused: the body has no place for it.
    const claimed = await callRoute(submit, `/api/v1/quiz-attempts/${attempt.json.id}/submit`, {
      ...post(auth, { answers, submittedAt: new Date(0).toISOString() }),
      params: { id: attempt.json.id },
    });
    expect(claimed.status).toBe(422);
    const late = await callRoute(submit, `/api/v1/quiz-attempts/${attempt.json.id}/submit`, { ...post(auth, { answers }), params: { id: attempt.json.id } });
    expect(late.status).toBe(200);
    expect(late.json).toMatchObject({ status: "EXPIRED", late: true, score: 0, passed: false });
  });

  it("answers 422 with paths for malformed input and foreign questions, 409 when the attempts are used up", async () => {
    const setup = await createQuizSetup({ maxAttempts: 1, pools: [{ questions: [{}, {}, {}], drawCount: 1 }] });
    const auth = await signedInStudent(setup.course);
    const params = { id: setup.quiz.id };
    expect((await callRoute(getQuiz, "/api/v1/quizzes/nope", { ...get(auth), params: { id: "nope" } })).status).toBe(422);
    const attempt = await callRoute(start, `/api/v1/quizzes/${setup.quiz.id}/attempts`, { ...post(auth), params });
    const drawn = attempt.json.questions[0].id as string;
    const outside = setup.pools[0]!.questions.find((q) => q.id !== drawn)!;
    const foreign = await callRoute(submit, `/api/v1/quiz-attempts/${attempt.json.id}/submit`, {
      ...post(auth, { answers: [{ questionId: outside.id, optionIds: [outside.options[0]!.id] }] }),
      params: { id: attempt.json.id },
    });
    expect(foreign.status).toBe(422);
    expect(foreign.json.error.details).toEqual([expect.objectContaining({ path: "body.answers.0.questionId" })]);
    const malformed = await callRoute(submit, `/api/v1/quiz-attempts/${attempt.json.id}/submit`, { ...post(auth, { answers: [{ questionId: "x" }] }), params: { id: attempt.json.id } });
    expect(malformed.status).toBe(422);
    expect(malformed.json.error.details.map((d: { path: string }) => d.path)).toEqual(expect.arrayContaining(["body.answers.0.questionId", "body.answers.0.optionIds"]));

    await callRoute(submit, `/api/v1/quiz-attempts/${attempt.json.id}/submit`, { ...post(auth, { answers: [] }), params: { id: attempt.json.id } });
    const noneLeft = await callRoute(start, `/api/v1/quizzes/${setup.quiz.id}/attempts`, { ...post(auth), params });
    expect(noneLeft.status).toBe(409);
    expect(noneLeft.json.error.code).toBe("conflict");
    const history = await callRoute(listAttempts, `/api/v1/quizzes/${setup.quiz.id}/attempts`, { ...get(auth), params });
    expect(history.json).toMatchObject({ items: [{ attemptNumber: 1, status: "SUBMITTED", score: 0, maxScore: 1 }], nextCursor: null });
  });

  it("keeps two students apart: B gets 404 for A's attempt and sees none of A's history", async () => {
    const setup = await createQuizSetup();
    const [asA, asB] = [await signedInStudent(setup.course), await signedInStudent(setup.course)];
    const params = { id: setup.quiz.id };
    const attemptA = await callRoute(start, `/api/v1/quizzes/${setup.quiz.id}/attempts`, { ...post(asA), params });
    const stolen = await callRoute(submit, `/api/v1/quiz-attempts/${attemptA.json.id}/submit`, { ...post(asB, { answers: [] }), params: { id: attemptA.json.id } });
    expect(stolen.status).toBe(404);
    const historyB = await callRoute(listAttempts, `/api/v1/quizzes/${setup.quiz.id}/attempts`, { ...get(asB), params });
    expect(historyB.json.items).toEqual([]);
    const attemptB = await callRoute(start, `/api/v1/quizzes/${setup.quiz.id}/attempts`, { ...post(asB), params });
    expect(attemptB.json).toMatchObject({ attemptNumber: 1, resumed: false });
    expect(attemptB.json.id).not.toBe(attemptA.json.id);
    expect((await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptA.json.id } })).status).toBe("IN_PROGRESS");
  });
});
