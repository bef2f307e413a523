import type { CreateQuizInput, UpdateQuizInput } from "@/lib/quizzes/authoring/quiz-input";
import { textOrNull, typedInt } from "./typed-number";

// The quiz settings form holds strings (what the inputs hold); `toQuizInput` turns them into the
// input of the SAME zod schemas the server parses (createQuizInput / updateQuizInput).

export type QuizFormValues = {
  titleEn: string;
  titleMy: string;
  descriptionEn: string;
  descriptionMy: string;
  passMarkPercent: string;
  /** Typed in minutes; the schema (and the database) keep seconds. */
  timeLimitMinutes: string;
  maxAttempts: string;
  shuffleQuestions: boolean;
};

export type StoredQuiz = {
  titleEn: string | null;
  titleMy: string | null;
  descriptionEn: string | null;
  descriptionMy: string | null;
  passMarkPercent: number;
  timeLimitSeconds: number | null;
  maxAttempts: number | null;
  shuffleQuestions: boolean;
};

export const NEW_QUIZ: StoredQuiz = {
  titleEn: null,
  titleMy: null,
  descriptionEn: null,
  descriptionMy: null,
  passMarkPercent: 60,
  timeLimitSeconds: null,
  maxAttempts: null,
  shuffleQuestions: true,
};

export function toQuizFormValues(quiz: StoredQuiz): QuizFormValues {
  return {
    titleEn: quiz.titleEn ?? "",
    titleMy: quiz.titleMy ?? "",
    descriptionEn: quiz.descriptionEn ?? "",
    descriptionMy: quiz.descriptionMy ?? "",
    passMarkPercent: String(quiz.passMarkPercent),
    timeLimitMinutes: quiz.timeLimitSeconds === null ? "" : String(Math.round(quiz.timeLimitSeconds / 60)),
    maxAttempts: quiz.maxAttempts === null ? "" : String(quiz.maxAttempts),
    shuffleQuestions: quiz.shuffleQuestions,
  };
}

/** The settings as the update schema's input; blank limits mean none (null). */
export function toQuizInput(values: QuizFormValues): UpdateQuizInput {
  const minutes = typedInt(values.timeLimitMinutes);
  return {
    titleEn: textOrNull(values.titleEn),
    titleMy: textOrNull(values.titleMy),
    descriptionEn: textOrNull(values.descriptionEn),
    descriptionMy: textOrNull(values.descriptionMy),
    // A blank pass mark is sent as NaN so the schema reports it, rather than silently keeping the old one.
    passMarkPercent: typedInt(values.passMarkPercent) ?? Number.NaN,
    timeLimitSeconds: minutes === null ? null : minutes * 60,
    maxAttempts: typedInt(values.maxAttempts),
    shuffleQuestions: values.shuffleQuestions,
  };
}

export function toCreateQuizInput(courseId: string, values: QuizFormValues): CreateQuizInput {
  return { courseId, ...toQuizInput(values) };
}
