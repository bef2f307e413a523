import { describe, expect, it } from "vitest";
import { drawQuestions } from "./draw-questions";

const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

describe("drawQuestions", () => {
  it("draws drawCount distinct questions from each pool, all of a pool when null", () => {
    const a = ids("a", 10);
    const b = ids("b", 4);
    for (let run = 0; run < 50; run++) {
      const drawn = drawQuestions([{ drawCount: 3, questionIds: a }, { drawCount: null, questionIds: b }], true);
      expect(drawn).toHaveLength(7);
      expect(new Set(drawn).size).toBe(7);
      expect(drawn.filter((id) => id.startsWith("a"))).toHaveLength(3);
      expect(drawn.filter((id) => id.startsWith("b")).sort()).toEqual(b);
    }
  });

  it("caps drawCount at the pool's size and keeps authoring order when not shuffling", () => {
    expect(drawQuestions([{ drawCount: 9, questionIds: ids("a", 3) }], false)).toEqual(["a0", "a1", "a2"]);
    const subset = drawQuestions([{ drawCount: 2, questionIds: ids("a", 6) }], false);
    expect(subset).toEqual([...subset].sort());
  });

  it("reaches every question of a pool across draws (the subset is random)", () => {
    const seen = new Set<string>();
    for (let run = 0; run < 200; run++) for (const id of drawQuestions([{ drawCount: 2, questionIds: ids("a", 6) }], true)) seen.add(id);
    expect(seen.size).toBe(6);
  });

  it("uses the injected random source (crypto.randomInt by default)", () => {
    expect(drawQuestions([{ drawCount: 2, questionIds: ids("a", 4) }], true, () => 0)).toEqual(["a0", "a1"]);
  });

  it("never draws a question twice when two pools share it", () => {
    expect(drawQuestions([{ drawCount: null, questionIds: ["x", "y"] }, { drawCount: null, questionIds: ["y", "z"] }], false)).toEqual(["x", "y", "z"]);
  });
});
