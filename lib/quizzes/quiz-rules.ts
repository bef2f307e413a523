/**
 * The rules of taking a quiz, in one place.
 *
 * - Time: the deadline is `startedAt + timeLimitSeconds` by the server's clock; the client never
 *   sends a time. A submission up to GRACE_MS after the deadline still counts (network latency).
 * - Late: a submission after deadline + grace is stored, marked EXPIRED and scores 0 (not passed);
 *   it uses up the attempt and then shows the correct answers like any closed attempt.
 * - Resume: starting while an attempt is IN_PROGRESS and not past deadline + grace returns that
 *   attempt (same questions, same deadline); one past it is closed as EXPIRED with 0 first.
 * - Scoring: all-or-nothing per question — the selected set must equal the correct set exactly.
 */
export const GRACE_MS = 5_000;

/** True when `now` is past the attempt's deadline plus the grace period (never without a deadline). */
export function isPastDeadline(deadline: Date | null, now: Date): boolean {
  return deadline !== null && now.getTime() > deadline.getTime() + GRACE_MS;
}

/** Whole percent, rounded down so that a pass is never rounded into existence. */
export function percentOf(score: number, maxScore: number): number {
  return maxScore > 0 ? Math.floor((score * 100) / maxScore) : 0;
}
