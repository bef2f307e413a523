import "server-only";
import type { CenterAccess } from "@/lib/access/center-scope";
import type { ClientInfo } from "@/lib/http/client-info";
import { addQuizPool } from "./add-quiz-pool";
import { createQuiz } from "./create-quiz";
import type { CreateQuizInput } from "./quiz-input";

/** The default pool's title: every question of it is asked (drawCount null). */
export const DEFAULT_POOL_TITLE = { titleEn: "Questions", titleMy: "မေးခွန်းများ" } as const;

/**
 * The dashboard's "Create quiz": the quiz plus one pool it asks in full, so questions can be added
 * at once; more pools (with random draws) are optional. Should the pool fail after the quiz was
 * made, the quiz page still offers "Add pool", so nothing is lost.
 */
export async function createQuizWithPool(access: CenterAccess, input: CreateQuizInput, client?: ClientInfo): Promise<{ id: string; poolId: string }> {
  const quiz = await createQuiz(access, input, client);
  const { poolId } = await addQuizPool(access, { quizId: quiz.id, ...DEFAULT_POOL_TITLE, drawCount: null }, client);
  return { id: quiz.id, poolId };
}
