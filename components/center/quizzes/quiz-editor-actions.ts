import type { ActionResult } from "@/lib/http/action-result";
import type { AddQuestionInput, SetPoolDrawInput, UpdateQuestionInput, UpdateQuizInput } from "@/lib/quizzes/authoring/quiz-input";
import type { AddQuizPoolInput, RemovePoolDrawInput } from "@/lib/quizzes/authoring/quiz-pool-input";

type Saved = Promise<ActionResult<{ id: string }>>;

/** The quiz page's server actions, bound to the center's slug by the page. */
export type QuizEditorActions = {
  updateQuiz: (input: UpdateQuizInput) => Saved;
  addPool: (input: AddQuizPoolInput) => Saved;
  setPoolDraw: (input: SetPoolDrawInput) => Saved;
  removePoolDraw: (input: RemovePoolDrawInput) => Saved;
  deletePool: (poolId: string) => Saved;
  addQuestion: (input: AddQuestionInput) => Saved;
  updateQuestion: (questionId: string, input: UpdateQuestionInput) => Saved;
  deleteQuestion: (questionId: string) => Saved;
};
