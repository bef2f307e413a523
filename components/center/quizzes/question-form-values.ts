import type { AddQuestionInput, UpdateQuestionInput } from "@/lib/quizzes/authoring/quiz-input";
import { textOrNull, typedInt } from "./typed-number";

// The question form holds strings and a "type" the author picks; `toQuestionInput` turns them into
// the input of the SAME zod schemas the server parses (addQuestionInput / updateQuestionInput).
// True/false is stored as a single-choice question with two options (ADR 0013).

export type QuestionType = "single" | "multiple" | "trueFalse";
export type OptionValues = { id?: string; textEn: string; textMy: string; isCorrect: boolean };
export type QuestionFormValues = {
  type: QuestionType;
  promptEn: string;
  promptMy: string;
  explanationEn: string;
  explanationMy: string;
  points: string;
  options: OptionValues[];
};

export type StoredQuestion = {
  kind: "SINGLE_CHOICE" | "MULTIPLE_CHOICE";
  promptEn: string | null;
  promptMy: string | null;
  explanationEn: string | null;
  explanationMy: string | null;
  points: number;
  options: { id: string; textEn: string | null; textMy: string | null; isCorrect: boolean }[];
};

/** The two options a true/false question starts with: the stored texts, in both languages. */
export const TRUE_FALSE_OPTIONS: OptionValues[] = [
  { textEn: "True", textMy: "မှန်", isCorrect: true },
  { textEn: "False", textMy: "မှား", isCorrect: false },
];

const blankOption = (isCorrect = false): OptionValues => ({ textEn: "", textMy: "", isCorrect });

export const NEW_QUESTION: QuestionFormValues = {
  type: "single",
  promptEn: "",
  promptMy: "",
  explanationEn: "",
  explanationMy: "",
  points: "1",
  options: [blankOption(true), blankOption(), blankOption()],
};

/** A stored single-choice question whose two options read True and False is shown as true/false. */
export function questionTypeOf(question: Pick<StoredQuestion, "kind" | "options">): QuestionType {
  if (question.kind === "MULTIPLE_CHOICE") return "multiple";
  const texts = question.options.map((o) => o.textEn?.trim().toLowerCase());
  return texts.length === 2 && texts[0] === "true" && texts[1] === "false" ? "trueFalse" : "single";
}

export function toQuestionFormValues(question: StoredQuestion): QuestionFormValues {
  return {
    type: questionTypeOf(question),
    promptEn: question.promptEn ?? "",
    promptMy: question.promptMy ?? "",
    explanationEn: question.explanationEn ?? "",
    explanationMy: question.explanationMy ?? "",
    points: String(question.points),
    options: question.options.map((o) => ({ id: o.id, textEn: o.textEn ?? "", textMy: o.textMy ?? "", isCorrect: o.isCorrect })),
  };
}

/** The options when the author switches the type: true/false gets its two; a single choice keeps one correct. */
export function optionsForType(type: QuestionType, current: OptionValues[]): OptionValues[] {
  if (type === "trueFalse") return TRUE_FALSE_OPTIONS.map((o, i) => ({ ...o, id: current[i]?.id }));
  if (type === "single") {
    const first = current.findIndex((o) => o.isCorrect);
    return current.map((o, i) => ({ ...o, isCorrect: i === Math.max(first, 0) }));
  }
  return current;
}

/** The edit schema's input (the full option list: kept options carry their id). */
export function toQuestionInput(values: QuestionFormValues): UpdateQuestionInput {
  return {
    kind: values.type === "multiple" ? "MULTIPLE_CHOICE" : "SINGLE_CHOICE",
    promptEn: textOrNull(values.promptEn),
    promptMy: textOrNull(values.promptMy),
    explanationEn: textOrNull(values.explanationEn),
    explanationMy: textOrNull(values.explanationMy),
    points: typedInt(values.points) ?? 1,
    options: values.options.map((o) => ({ ...(o.id ? { id: o.id } : {}), textEn: textOrNull(o.textEn), textMy: textOrNull(o.textMy), isCorrect: o.isCorrect })),
  };
}

export function toAddQuestionInput(poolId: string, values: QuestionFormValues): AddQuestionInput {
  const { options, kind, ...rest } = toQuestionInput(values);
  return { poolId, kind: kind ?? "SINGLE_CHOICE", ...rest, options: (options ?? []).map((o) => ({ textEn: o.textEn, textMy: o.textMy, isCorrect: o.isCorrect })) };
}
