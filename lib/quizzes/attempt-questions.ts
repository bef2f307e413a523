import "server-only";
import type { Db, Tx } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import type { AttemptQuestion } from "./quiz-dto";

export type AttemptQuestionRow = Awaited<ReturnType<typeof loadAttemptQuestions>>[number];

/**
 * The questions of an attempt, in the attempt's order, with their options (isCorrect included:
 * for scoring on the server only). Loaded by id AND centerId; a question deleted since the draw
 * is simply absent.
 */
export async function loadAttemptQuestions(client: Db | Tx, centerId: string, questionIds: readonly string[]) {
  const rows = await client.question.findMany({
    where: { id: { in: [...questionIds] }, centerId },
    select: {
      id: true,
      kind: true,
      promptEn: true,
      promptMy: true,
      explanationEn: true,
      explanationMy: true,
      points: true,
      options: { orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, textEn: true, textMy: true, isCorrect: true } },
    },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return questionIds.flatMap((id) => byId.get(id) ?? []);
}

/**
 * A question as a student sees it during an attempt. Security-critical: built field by field, so
 * `isCorrect` and the explanation cannot reach the client before submission.
 */
export function toAttemptQuestion(row: AttemptQuestionRow, locale: Locale): AttemptQuestion {
  return {
    id: row.id,
    kind: row.kind,
    prompt: localized(row.promptEn, row.promptMy, locale),
    points: row.points,
    options: row.options.map((option) => ({ id: option.id, text: localized(option.textEn, option.textMy, locale) })),
  };
}
