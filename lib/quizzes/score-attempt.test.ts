import { describe, expect, it } from "vitest";
import { percentOf, isPastDeadline, GRACE_MS } from "./quiz-rules";
import { scoreAttempt, type ScorableQuestion } from "./score-attempt";

const single: ScorableQuestion = { id: "s", kind: "SINGLE_CHOICE", points: 2, options: [{ id: "s1", isCorrect: true }, { id: "s2", isCorrect: false }] };
const trueFalse: ScorableQuestion = { id: "tf", kind: "SINGLE_CHOICE", points: 1, options: [{ id: "true", isCorrect: false }, { id: "false", isCorrect: true }] };
const multiple: ScorableQuestion = {
  id: "m",
  kind: "MULTIPLE_CHOICE",
  points: 3,
  options: [{ id: "m1", isCorrect: true }, { id: "m2", isCorrect: true }, { id: "m3", isCorrect: false }],
};
const questions = [single, trueFalse, multiple];

describe("scoreAttempt (all-or-nothing per question)", () => {
  it("gives full points for exactly the correct options", () => {
    const result = scoreAttempt(questions, new Map([["s", ["s1"]], ["tf", ["false"]], ["m", ["m2", "m1"]]]));
    expect(result).toMatchObject({ score: 6, maxScore: 6 });
    expect(result.results.map((r) => r.isCorrect)).toEqual([true, true, true]);
  });

  it("gives 0 for a wrong single choice, a wrong true/false, and a partial or over-full multiple choice", () => {
    expect(scoreAttempt(questions, new Map([["s", ["s2"]], ["tf", ["true"]], ["m", ["m1"]]])).score).toBe(0);
    expect(scoreAttempt([multiple], new Map([["m", ["m1", "m2", "m3"]]])).score).toBe(0);
  });

  it("scores unanswered questions 0 but counts them in maxScore", () => {
    const result = scoreAttempt(questions, new Map([["s", ["s1"]]]));
    expect(result).toMatchObject({ score: 2, maxScore: 6 });
    expect(result.results[2]).toEqual({ questionId: "m", selectedOptionIds: [], isCorrect: false, pointsAwarded: 0 });
  });

  it("zeroes every question of a late attempt while still saying which answers were right", () => {
    const result = scoreAttempt(questions, new Map([["s", ["s1"]], ["tf", ["false"]], ["m", ["m1", "m2"]]]), true);
    expect(result).toMatchObject({ score: 0, maxScore: 6 });
    expect(result.results.every((r) => r.isCorrect && r.pointsAwarded === 0)).toBe(true);
  });
});

describe("quiz rules", () => {
  it("rounds percentages down and treats an empty quiz as 0%", () => {
    expect(percentOf(2, 3)).toBe(66);
    expect(percentOf(0, 0)).toBe(0);
  });

  it("allows the grace period after the deadline, not more; no deadline never expires", () => {
    const deadline = new Date("2026-01-01T00:00:00Z");
    expect(isPastDeadline(deadline, new Date(deadline.getTime() + GRACE_MS))).toBe(false);
    expect(isPastDeadline(deadline, new Date(deadline.getTime() + GRACE_MS + 1))).toBe(true);
    expect(isPastDeadline(null, new Date(8.64e15))).toBe(false);
  });
});
