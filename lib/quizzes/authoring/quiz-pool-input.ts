import { z } from "zod";
import { unicodeLine } from "@/lib/text/unicode-schema";

// The schemas of the quiz page's pool forms (shared by the form's resolver and the server). Kept
// apart from quiz-input.ts, whose schemas are also the mobile/OpenAPI contract's.

const title = unicodeLine().min(1).max(200);
const drawCount = z.number().int().min(1).max(500).nullable().meta({ description: "Questions drawn per attempt; null = the whole pool." });

/** A new pool of the quiz's course that the quiz draws from at once. */
export const addQuizPoolInput = z
  .object({ quizId: z.uuid(), titleEn: title.nullable().optional(), titleMy: title.nullable().optional(), drawCount })
  .strict()
  .refine((v) => Boolean(v.titleEn || v.titleMy), { path: ["titleEn"], message: "A title in Burmese or English is required" });

/** Stop drawing from a pool in one quiz (the pool and its questions stay in the course). */
export const removePoolDrawInput = z.object({ quizId: z.uuid(), poolId: z.uuid() }).strict();

export type AddQuizPoolInput = z.input<typeof addQuizPoolInput>;
export type RemovePoolDrawInput = z.input<typeof removePoolDrawInput>;
