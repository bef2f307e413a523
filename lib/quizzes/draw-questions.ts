import "server-only";
import { randomInt } from "node:crypto";

export type PoolDraw = {
  /** How many questions to draw; null = all of the pool. */
  drawCount: number | null;
  /** The pool's questions in authoring order. */
  questionIds: readonly string[];
};

type RandomInt = (maxExclusive: number) => number;

/**
 * The questions of one attempt: a uniformly random subset of each pool (`drawCount`, capped at the
 * pool's size), pools in draw order, then shuffled as a whole when the quiz asks for it. Uses the
 * CSPRNG so that a student cannot predict the next attempt's questions.
 */
export function drawQuestions(draws: readonly PoolDraw[], shuffle: boolean, random: RandomInt = randomInt): string[] {
  const drawn: string[] = [];
  const seen = new Set<string>();
  for (const draw of draws) {
    const ids = draw.questionIds.filter((id) => !seen.has(id));
    const count = Math.min(draw.drawCount ?? ids.length, ids.length);
    const picked = shuffle || count < ids.length ? sample(ids, count, random) : ids;
    // A subset keeps authoring order unless the quiz shuffles (the set was random; the order need not be).
    const ordered = shuffle ? picked : ids.filter((id) => picked.includes(id));
    for (const id of ordered) seen.add(id);
    drawn.push(...ordered);
  }
  return shuffle ? sample(drawn, drawn.length, random) : drawn;
}

/** The first `count` elements of a partial Fisher–Yates shuffle. */
function sample(items: readonly string[], count: number, random: RandomInt): string[] {
  const copy = [...items];
  for (let i = 0; i < count; i++) {
    const j = i + random(copy.length - i);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, count);
}
