import { z } from "zod";
import { AppError } from "@/lib/http/errors";
import type { FieldError } from "@/lib/http/field-errors";
import { unicodeLine, unicodeText } from "@/lib/text/unicode-schema";

// Typed text is stored as Unicode (Zawgyi converted): titles and option texts on one line,
// descriptions, prompts and explanations with their line breaks.
const title = unicodeLine().min(1).max(200);
const longText = unicodeText().min(1).max(5000);

const quizFields = {
  titleEn: title.nullable().optional(),
  titleMy: title.nullable().optional(),
  descriptionEn: longText.nullable().optional(),
  descriptionMy: longText.nullable().optional(),
  sectionId: z.uuid().nullable().optional(),
  passMarkPercent: z.number().int().min(0).max(100).optional(),
  timeLimitSeconds: z.number().int().min(30).max(86_400).nullable().optional().meta({ description: "null: no time limit." }),
  maxAttempts: z.number().int().min(1).max(100).nullable().optional().meta({ description: "null: unlimited." }),
  shuffleQuestions: z.boolean().optional(),
  position: z.number().int().min(0).max(10_000).optional(),
  published: z.boolean().optional(),
};

const needsTitle = (v: { titleEn?: string | null; titleMy?: string | null }) => Boolean(v.titleEn || v.titleMy);

export const createQuizInput = z
  .object({ courseId: z.uuid(), ...quizFields })
  .strict()
  .refine(needsTitle, { path: ["titleMy"], message: "A title in Burmese or English is required" });

export const updateQuizInput = z.object(quizFields).strict();

export const addQuestionPoolInput = z
  .object({ courseId: z.uuid(), titleEn: title.nullable().optional(), titleMy: title.nullable().optional() })
  .strict()
  .refine(needsTitle, { path: ["titleMy"], message: "A title in Burmese or English is required" });

const optionInput = z
  .object({
    id: z.uuid().optional().meta({ description: "An existing option to keep (update only)." }),
    textEn: unicodeLine().min(1).max(1000).nullable().optional(),
    textMy: unicodeLine().min(1).max(1000).nullable().optional(),
    isCorrect: z.boolean(),
  })
  .strict()
  .refine((o) => Boolean(o.textEn || o.textMy), { path: ["textMy"], message: "Option text in Burmese or English is required" });

export type OptionInput = z.output<typeof optionInput>;

const kind = z.enum(["SINGLE_CHOICE", "MULTIPLE_CHOICE"]);
const prompt = unicodeText().min(1).max(5000);
const questionFields = {
  kind,
  promptEn: prompt.nullable().optional(),
  promptMy: prompt.nullable().optional(),
  explanationEn: longText.nullable().optional(),
  explanationMy: longText.nullable().optional(),
  points: z.number().int().min(1).max(100).optional(),
  position: z.number().int().min(0).max(10_000).optional(),
  options: z.array(optionInput).min(2).max(10),
};

export const addQuestionInput = z
  .object({ poolId: z.uuid(), ...questionFields })
  .strict()
  .refine((q) => Boolean(q.promptEn || q.promptMy), { path: ["promptMy"], message: "A prompt in Burmese or English is required" });

export const updateQuestionInput = z
  .object({ ...questionFields, kind: kind.optional(), options: questionFields.options.optional() })
  .strict();

export const setPoolDrawInput = z
  .object({
    quizId: z.uuid(),
    poolId: z.uuid(),
    drawCount: z.number().int().min(1).max(500).nullable().meta({ description: "Questions drawn per attempt; null = the whole pool." }),
    position: z.number().int().min(0).max(1000).optional(),
  })
  .strict();

/**
 * A question's kind must fit its options: SINGLE_CHOICE (true/false included) has exactly one
 * correct option, MULTIPLE_CHOICE at least one. 422 on `body.options` otherwise.
 */
export function assertOptionsFitKind(kind: "SINGLE_CHOICE" | "MULTIPLE_CHOICE", options: readonly { isCorrect: boolean }[]): void {
  const correct = options.filter((o) => o.isCorrect).length;
  const errors: FieldError[] = [];
  if (options.length < 2) errors.push({ path: "body.options", code: "too_small", message: "A question needs at least two options" });
  if (kind === "SINGLE_CHOICE" && correct !== 1) {
    errors.push({ path: "body.options", code: "single_choice_needs_one_correct", message: "A single-choice question has exactly one correct option" });
  }
  if (kind === "MULTIPLE_CHOICE" && correct < 1) {
    errors.push({ path: "body.options", code: "needs_a_correct_option", message: "A multiple-choice question needs at least one correct option" });
  }
  if (errors.length > 0) throw new AppError("validation_failed", { details: errors });
}

export type CreateQuizInput = z.input<typeof createQuizInput>;
export type UpdateQuizInput = z.input<typeof updateQuizInput>;
export type AddQuestionPoolInput = z.input<typeof addQuestionPoolInput>;
export type AddQuestionInput = z.input<typeof addQuestionInput>;
export type UpdateQuestionInput = z.input<typeof updateQuestionInput>;
export type SetPoolDrawInput = z.input<typeof setPoolDrawInput>;
