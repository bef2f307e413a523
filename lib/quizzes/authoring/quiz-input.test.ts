import { describe, expect, it } from "vitest";
import { unicodeToZawgyi } from "@/lib/text/zawgyi";
import { addQuestionInput, createQuizInput } from "./quiz-input";

const POOL = "7f1d2c3b-4a5e-4f60-8a71-92b3c4d5e6f7";

describe("quiz authoring input", () => {
  it("stores typed Burmese as Unicode: one-line titles and options, multi-line prompts", () => {
    const question = addQuestionInput.parse({
      poolId: POOL,
      kind: "SINGLE_CHOICE",
      promptMy: unicodeToZawgyi("အောက်ပါ ကုဒ်၏ ရလဒ်\n    print(1)"),
      explanationMy: ` ${unicodeToZawgyi("မြန်မာစာ")}\r\n`,
      options: [
        { textMy: unicodeToZawgyi("ပြီးပါပြီ"), isCorrect: true },
        { textEn: "  Two   words ", isCorrect: false },
      ],
    });
    expect(question).toMatchObject({
      promptMy: "အောက်ပါ ကုဒ်၏ ရလဒ်\n    print(1)",
      explanationMy: " မြန်မာစာ",
      options: [{ textMy: "ပြီးပါပြီ" }, { textEn: "Two words" }],
    });
    expect(createQuizInput.parse({ courseId: POOL, titleMy: unicodeToZawgyi("စာမေးပွဲ") }).titleMy).toBe("စာမေးပွဲ");
  });

  it("still needs a title once invisible characters are removed", () => {
    expect(createQuizInput.safeParse({ courseId: POOL, titleMy: "\u200B " }).success).toBe(false);
  });
});
