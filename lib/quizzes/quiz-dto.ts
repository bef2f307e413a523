import { z } from "zod";

const kind = z.enum(["SINGLE_CHOICE", "MULTIPLE_CHOICE"]).meta({
  description: "SINGLE_CHOICE (one option; true/false is a two-option single choice) or MULTIPLE_CHOICE (one or more).",
});
const attemptStatus = z.enum(["IN_PROGRESS", "SUBMITTED", "EXPIRED"]);

export const studentQuizDto = z
  .object({
    id: z.uuid(),
    courseId: z.uuid(),
    title: z.string().meta({ description: "In the language of Accept-Language, falling back to the other." }),
    description: z.string().nullable(),
    passMarkPercent: z.number().int(),
    timeLimitSeconds: z.number().int().nullable().meta({ description: "null: no time limit." }),
    maxAttempts: z.number().int().nullable().meta({ description: "null: unlimited." }),
    attemptsUsed: z.number().int(),
    attemptsRemaining: z.number().int().nullable(),
    questionCount: z.number().int().meta({ description: "Questions each attempt draws." }),
    inProgressAttemptId: z.uuid().nullable(),
    passed: z.boolean().meta({ description: "Whether any submitted attempt passed." }),
  })
  .meta({ id: "StudentQuiz" });

// Security-critical: a student's option before submission is { id, text } and nothing else — this
// schema has no place for isCorrect, and the response schema strips anything undeclared.
export const attemptOptionDto = z.object({ id: z.uuid(), text: z.string() }).meta({ id: "QuizAttemptOption" });

export const attemptQuestionDto = z
  .object({ id: z.uuid(), kind, prompt: z.string(), points: z.number().int(), options: z.array(attemptOptionDto) })
  .meta({ id: "QuizAttemptQuestion" });

export const attemptDto = z
  .object({
    id: z.uuid(),
    quizId: z.uuid(),
    attemptNumber: z.number().int(),
    status: attemptStatus,
    resumed: z.boolean().meta({ description: "True when an attempt already in progress was returned." }),
    startedAt: z.iso.datetime(),
    deadline: z.iso.datetime().nullable().meta({ description: "Server time after which answers score 0 (a few seconds' grace). null: no limit." }),
    serverTime: z.iso.datetime().meta({ description: "The server's clock now, for the countdown." }),
    questions: z.array(attemptQuestionDto),
  })
  .meta({ id: "QuizAttempt" });

export const submitAttemptInput = z
  .object({
    answers: z
      .array(z.object({ questionId: z.uuid(), optionIds: z.array(z.uuid()).max(20) }).strict())
      .max(200),
  })
  .strict()
  .meta({ id: "QuizSubmission" });

export const resultOptionDto = z.object({ id: z.uuid(), text: z.string(), isCorrect: z.boolean() }).meta({ id: "QuizResultOption" });

export const resultQuestionDto = z
  .object({
    id: z.uuid(),
    kind,
    prompt: z.string(),
    explanation: z.string().nullable(),
    points: z.number().int(),
    pointsAwarded: z.number().int(),
    isCorrect: z.boolean(),
    selectedOptionIds: z.array(z.uuid()),
    correctOptionIds: z.array(z.uuid()),
    options: z.array(resultOptionDto),
  })
  .meta({ id: "QuizResultQuestion" });

export const attemptResultDto = z
  .object({
    attemptId: z.uuid(),
    quizId: z.uuid(),
    attemptNumber: z.number().int(),
    status: z.enum(["SUBMITTED", "EXPIRED"]),
    late: z.boolean().meta({ description: "Submitted after the deadline and grace: every question scores 0." }),
    submittedAt: z.iso.datetime(),
    score: z.number().int(),
    maxScore: z.number().int(),
    scorePercent: z.number().int(),
    passMarkPercent: z.number().int(),
    passed: z.boolean(),
    questions: z.array(resultQuestionDto),
  })
  .meta({ id: "QuizAttemptResult" });

export const attemptSummaryDto = z
  .object({
    id: z.uuid(),
    attemptNumber: z.number().int(),
    status: attemptStatus,
    startedAt: z.iso.datetime(),
    deadline: z.iso.datetime().nullable(),
    submittedAt: z.iso.datetime().nullable(),
    score: z.number().int().nullable(),
    maxScore: z.number().int().nullable(),
    scorePercent: z.number().int().nullable(),
    passed: z.boolean().nullable(),
  })
  .meta({ id: "QuizAttemptSummary" });

export type StudentQuiz = z.input<typeof studentQuizDto>;
export type AttemptQuestion = z.input<typeof attemptQuestionDto>;
export type Attempt = z.input<typeof attemptDto>;
export type SubmitAttemptInput = z.input<typeof submitAttemptInput>;
export type AttemptResult = z.input<typeof attemptResultDto>;
export type AttemptSummary = z.input<typeof attemptSummaryDto>;
