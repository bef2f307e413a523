"use server";

import { getCenterActionAccess, webClientInfo } from "@/lib/access/center-action";
import { type ActionResult, runAction } from "@/lib/http/action-result";
import { addQuestion } from "@/lib/quizzes/authoring/add-question";
import { addQuizPool } from "@/lib/quizzes/authoring/add-quiz-pool";
import { createQuizWithPool } from "@/lib/quizzes/authoring/create-quiz-with-pool";
import { deleteQuestion } from "@/lib/quizzes/authoring/delete-question";
import { deleteQuestionPool } from "@/lib/quizzes/authoring/delete-question-pool";
import type { AddQuestionInput, CreateQuizInput, SetPoolDrawInput, UpdateQuestionInput, UpdateQuizInput } from "@/lib/quizzes/authoring/quiz-input";
import type { AddQuizPoolInput, RemovePoolDrawInput } from "@/lib/quizzes/authoring/quiz-pool-input";
import { removePoolDraw } from "@/lib/quizzes/authoring/remove-pool-draw";
import { setPoolDraw } from "@/lib/quizzes/authoring/set-pool-draw";
import { updateQuestion } from "@/lib/quizzes/authoring/update-question";
import { updateQuiz } from "@/lib/quizzes/authoring/update-quiz";

// The quiz pages' actions. The slug is only a name: the session decides the access, and each use
// case parses its input with the same zod schema as the form and checks the course scope itself.

type Done = ActionResult<{ id: string }>;

/** Creates a quiz (a draft unless `published`) with one pool; the form then opens the quiz page. */
export async function createQuizAction(slug: string, input: CreateQuizInput): Promise<Done> {
  return runAction(async () => createQuizWithPool(await getCenterActionAccess(slug), input, await webClientInfo()));
}

/** Saves a quiz's settings; `{ published }` alone publishes or unpublishes it. */
export async function updateQuizAction(slug: string, quizId: string, input: UpdateQuizInput): Promise<Done> {
  return runAction(async () => updateQuiz(await getCenterActionAccess(slug), quizId, input, await webClientInfo()));
}

/** Adds a new pool to the quiz's course and draws from it in this quiz. */
export async function addQuizPoolAction(slug: string, input: AddQuizPoolInput): Promise<Done> {
  return runAction(async () => ({ id: (await addQuizPool(await getCenterActionAccess(slug), input, await webClientInfo())).poolId }));
}

/** Sets how many questions an attempt draws from a pool (also starts drawing from a course pool). */
export async function setPoolDrawAction(slug: string, input: SetPoolDrawInput): Promise<Done> {
  return runAction(async () => setPoolDraw(await getCenterActionAccess(slug), input, await webClientInfo()));
}

/** Stops the quiz drawing from a pool (the pool stays in the course). */
export async function removePoolDrawAction(slug: string, input: RemovePoolDrawInput): Promise<Done> {
  return runAction(async () => {
    await removePoolDraw(await getCenterActionAccess(slug), input, await webClientInfo());
    return { id: input.quizId };
  });
}

/** Deletes a pool and its questions from the course. */
export async function deleteQuestionPoolAction(slug: string, poolId: string): Promise<Done> {
  return runAction(async () => {
    await deleteQuestionPool(await getCenterActionAccess(slug), poolId, await webClientInfo());
    return { id: poolId };
  });
}

export async function addQuestionAction(slug: string, input: AddQuestionInput): Promise<Done> {
  return runAction(async () => {
    const { id } = await addQuestion(await getCenterActionAccess(slug), input, await webClientInfo());
    return { id };
  });
}

export async function updateQuestionAction(slug: string, questionId: string, input: UpdateQuestionInput): Promise<Done> {
  return runAction(async () => {
    const { id } = await updateQuestion(await getCenterActionAccess(slug), questionId, input, await webClientInfo());
    return { id };
  });
}

export async function deleteQuestionAction(slug: string, questionId: string): Promise<Done> {
  return runAction(async () => {
    await deleteQuestion(await getCenterActionAccess(slug), questionId, await webClientInfo());
    return { id: questionId };
  });
}
