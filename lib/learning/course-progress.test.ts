import { describe, expect, it } from "vitest";
import { progressOf } from "./course-progress";

describe("progressOf", () => {
  it("rounds down so 100% means every lesson", () => {
    expect(progressOf(0, 3)).toEqual({ completedLessons: 0, totalLessons: 3, percent: 0 });
    expect(progressOf(1, 3).percent).toBe(33);
    expect(progressOf(2, 3).percent).toBe(66);
    expect(progressOf(199, 200).percent).toBe(99);
    expect(progressOf(3, 3).percent).toBe(100);
  });

  it("is 0 for a course without lessons and never exceeds the total", () => {
    expect(progressOf(0, 0)).toEqual({ completedLessons: 0, totalLessons: 0, percent: 0 });
    expect(progressOf(5, 3)).toEqual({ completedLessons: 3, totalLessons: 3, percent: 100 });
  });
});
