import { describe, expect, it } from "vitest";
import { addQuestionInput, updateQuestionInput } from "@/lib/quizzes/authoring/quiz-input";
import { NEW_QUESTION, optionsForType, questionTypeOf, toAddQuestionInput, toQuestionFormValues, toQuestionInput } from "./question-form-values";
import { toQuizInput, toQuizFormValues, NEW_QUIZ } from "./quiz-form-values";

const POOL = "7f1d2c3b-4a5e-4f60-8a71-92b3c4d5e6f7";
const OPTION = "0193a0b1-2c3d-7e4f-8a5b-6c7d8e9f0a1b";

describe("quiz form values", () => {
  it("turns minutes into seconds, blanks into null and Burmese digits into numbers", () => {
    const input = toQuizInput({ ...toQuizFormValues(NEW_QUIZ), titleEn: "Week 1", passMarkPercent: "၇၀", timeLimitMinutes: "10", maxAttempts: "" });
    expect(input).toMatchObject({ titleEn: "Week 1", titleMy: null, passMarkPercent: 70, timeLimitSeconds: 600, maxAttempts: null });
    expect(toQuizFormValues({ ...NEW_QUIZ, timeLimitSeconds: 900, maxAttempts: 3 })).toMatchObject({ timeLimitMinutes: "15", maxAttempts: "3" });
    expect(Number.isNaN(toQuizInput({ ...toQuizFormValues(NEW_QUIZ), passMarkPercent: "" }).passMarkPercent)).toBe(true);
  });
});

describe("question form values", () => {
  it("builds the add schema's input, which the schema accepts", () => {
    const values = { ...NEW_QUESTION, promptEn: "2 + 2?", options: [{ textEn: "4", textMy: "", isCorrect: true }, { textEn: "5", textMy: "၅", isCorrect: false }] };
    const input = toAddQuestionInput(POOL, values);
    expect(input).toEqual({
      poolId: POOL,
      kind: "SINGLE_CHOICE",
      promptEn: "2 + 2?",
      promptMy: null,
      explanationEn: null,
      explanationMy: null,
      points: 1,
      options: [
        { textEn: "4", textMy: null, isCorrect: true },
        { textEn: "5", textMy: "၅", isCorrect: false },
      ],
    });
    expect(addQuestionInput.safeParse(input).success).toBe(true);
  });

  it("stores true/false as a single choice of two options and recognises it again", () => {
    const options = optionsForType("trueFalse", NEW_QUESTION.options);
    const input = toQuestionInput({ ...NEW_QUESTION, type: "trueFalse", promptMy: "ကမ္ဘာသည် လုံးသည်", options });
    expect(input).toMatchObject({ kind: "SINGLE_CHOICE", options: [{ textEn: "True", textMy: "မှန်", isCorrect: true }, { textEn: "False", textMy: "မှား", isCorrect: false }] });
    expect(updateQuestionInput.safeParse(input).success).toBe(true);
    expect(questionTypeOf({ kind: "SINGLE_CHOICE", options: [{ textEn: "True" }, { textEn: "False" }] as never })).toBe("trueFalse");
    expect(questionTypeOf({ kind: "SINGLE_CHOICE", options: [{ textEn: "A" }, { textEn: "B" }] as never })).toBe("single");
  });

  it("keeps option ids on edit and leaves one correct option when switching to single choice", () => {
    const values = toQuestionFormValues({
      kind: "MULTIPLE_CHOICE",
      promptEn: "Pick",
      promptMy: null,
      explanationEn: null,
      explanationMy: null,
      points: 2,
      options: [
        { id: OPTION, textEn: "a", textMy: null, isCorrect: false },
        { id: POOL, textEn: "b", textMy: null, isCorrect: true },
        { id: "0193a0b1-2c3d-7e4f-8a5b-6c7d8e9f0a1c", textEn: "c", textMy: null, isCorrect: true },
      ],
    });
    expect(values.type).toBe("multiple");
    expect(optionsForType("single", values.options).map((o) => o.isCorrect)).toEqual([false, true, false]);
    expect(toQuestionInput(values).options?.[0]).toEqual({ id: OPTION, textEn: "a", textMy: null, isCorrect: false });
  });
});
