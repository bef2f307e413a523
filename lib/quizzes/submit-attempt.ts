import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/http/errors";
import type { FieldError } from "@/lib/http/field-errors";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { loadAttemptQuestions, type AttemptQuestionRow } from "./attempt-questions";
import { findQuizForStudentOrThrow } from "./find-quiz-for-student";
import { submitAttemptInput, type AttemptResult, type SubmitAttemptInput } from "./quiz-dto";
import { isPastDeadline, percentOf } from "./quiz-rules";
import { scoreAttempt, type QuestionScore } from "./score-attempt";

/**
 * Submits the actor's own attempt once: checks every answer against the attempt's drawn questions
 * and their options (422 with paths), scores it all-or-nothing per question by the server's clock
 * (after deadline + grace: EXPIRED, 0 points), stores the answers and returns the result — the
 * first response that carries correct answers. 404 for anyone else's attempt, 409 the second time.
 */
export async function submitAttempt(
  actor: Actor,
  attemptId: string,
  input: SubmitAttemptInput,
  locale: Locale,
  options: { now?: Date } = {},
): Promise<AttemptResult> {
  const now = options.now ?? new Date();
  const { answers } = submitAttemptInput.parse(input);
  const attempt = await db.quizAttempt.findFirst({
    where: { id: attemptId, userId: actor.userId },
    select: { id: true, quizId: true, centerId: true, attemptNumber: true, status: true, questionIds: true, deadline: true },
  });
  if (!attempt) throw new AppError("not_found");
  // Still enrolled, and the quiz and course still published: otherwise the attempt is not theirs to use.
  const quiz = await findQuizForStudentOrThrow(db, actor, attempt.quizId, now);
  if (attempt.status !== "IN_PROGRESS") throw new AppError("conflict", { details: { reason: "attempt_closed" } });

  const questions = await loadAttemptQuestions(db, attempt.centerId, attempt.questionIds);
  const selected = validateAnswers(answers, questions);
  const late = isPastDeadline(attempt.deadline, now);
  const { results, score, maxScore } = scoreAttempt(questions, selected, late);
  const scorePercent = percentOf(score, maxScore);
  const passed = !late && scorePercent >= quiz.passMarkPercent;
  const status = late ? "EXPIRED" : "SUBMITTED";

  await db.$transaction(async (tx) => {
    // The status condition makes a concurrent second submission wait for this one and then match nothing.
    const closed = await tx.quizAttempt.updateMany({
      where: { id: attempt.id, userId: actor.userId, status: "IN_PROGRESS" },
      data: { status, submittedAt: now, score, maxScore, scorePercent, passed },
    });
    if (closed.count === 0) throw new AppError("conflict", { details: { reason: "attempt_closed" } });
    await tx.quizAnswer.createMany({
      data: results
        .filter((r) => selected.has(r.questionId))
        .map((r) => ({ attemptId: attempt.id, questionId: r.questionId, selectedOptionIds: r.selectedOptionIds, isCorrect: r.isCorrect, pointsAwarded: r.pointsAwarded, answeredAt: now })),
    });
  });

  return {
    attemptId: attempt.id,
    quizId: attempt.quizId,
    attemptNumber: attempt.attemptNumber,
    status,
    late,
    submittedAt: now.toISOString(),
    score,
    maxScore,
    scorePercent,
    passMarkPercent: quiz.passMarkPercent,
    passed,
    questions: questions.map((q, i) => toResultQuestion(q, results[i]!, locale)),
  };
}

/** Every answer must name a question of this attempt (once) and only that question's options. */
function validateAnswers(answers: SubmitAttemptInput["answers"], questions: readonly AttemptQuestionRow[]): Map<string, string[]> {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const selected = new Map<string, string[]>();
  const errors: FieldError[] = [];
  answers.forEach((answer, i) => {
    const question = byId.get(answer.questionId);
    const at = `body.answers.${i}`;
    if (!question) return void errors.push({ path: `${at}.questionId`, code: "not_in_attempt", message: "This question is not part of the attempt" });
    if (selected.has(question.id)) return void errors.push({ path: `${at}.questionId`, code: "duplicate", message: "The question is answered twice" });
    const optionIds = [...new Set(answer.optionIds)];
    const own = new Set(question.options.map((o) => o.id));
    optionIds.forEach((id, j) => {
      if (!own.has(id)) errors.push({ path: `${at}.optionIds.${answer.optionIds.indexOf(id, j)}`, code: "not_an_option", message: "Not an option of this question" });
    });
    if (question.kind === "SINGLE_CHOICE" && optionIds.length > 1) {
      errors.push({ path: `${at}.optionIds`, code: "single_choice", message: "A single-choice question takes one option" });
    }
    selected.set(question.id, optionIds);
  });
  if (errors.length > 0) throw new AppError("validation_failed", { details: errors });
  return selected;
}

function toResultQuestion(row: AttemptQuestionRow, result: QuestionScore, locale: Locale): AttemptResult["questions"][number] {
  const explanation = localized(row.explanationEn, row.explanationMy, locale);
  return {
    id: row.id,
    kind: row.kind,
    prompt: localized(row.promptEn, row.promptMy, locale),
    explanation: explanation || null,
    points: row.points,
    pointsAwarded: result.pointsAwarded,
    isCorrect: result.isCorrect,
    selectedOptionIds: result.selectedOptionIds,
    correctOptionIds: row.options.filter((o) => o.isCorrect).map((o) => o.id),
    options: row.options.map((o) => ({ id: o.id, text: localized(o.textEn, o.textMy, locale), isCorrect: o.isCorrect })),
  };
}
