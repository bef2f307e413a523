export type ScorableQuestion = {
  id: string;
  kind: "SINGLE_CHOICE" | "MULTIPLE_CHOICE";
  points: number;
  options: readonly { id: string; isCorrect: boolean }[];
};

export type QuestionScore = { questionId: string; selectedOptionIds: string[]; isCorrect: boolean; pointsAwarded: number };

/**
 * Scores answers all-or-nothing per question: full points when the selected options are exactly
 * the correct ones, else 0 (a multiple-choice question with one wrong or one missing pick scores
 * 0, so ticking every box never pays). Unanswered questions score 0. `late` zeroes every question.
 */
export function scoreAttempt(
  questions: readonly ScorableQuestion[],
  answers: ReadonlyMap<string, readonly string[]>,
  late = false,
): { results: QuestionScore[]; score: number; maxScore: number } {
  let score = 0;
  let maxScore = 0;
  const results = questions.map((question) => {
    const selected = [...new Set(answers.get(question.id) ?? [])];
    const correct = new Set(question.options.filter((o) => o.isCorrect).map((o) => o.id));
    const isCorrect = selected.length === correct.size && selected.every((id) => correct.has(id));
    const pointsAwarded = isCorrect && !late ? question.points : 0;
    score += pointsAwarded;
    maxScore += question.points;
    return { questionId: question.id, selectedOptionIds: selected, isCorrect, pointsAwarded };
  });
  return { results, score, maxScore };
}
