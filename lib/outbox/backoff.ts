/** How often a row is tried before it is parked in the dead letters for the operator. */
export const MAX_ATTEMPTS = 10;

const BASE_MS = 30_000;
const CAP_MS = 60 * 60_000;

/**
 * The wait before try `attempts + 1`: 30 s doubled per failed try, capped at an hour, with ±20 %
 * jitter so that rows that failed together (a provider outage) do not all come back in the same
 * second. Ten tries span about five hours, long enough to ride out a provider's bad afternoon.
 */
export function backoffMs(attempts: number, random: () => number = Math.random): number {
  const exponential = Math.min(CAP_MS, BASE_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(exponential * (0.8 + 0.4 * random()));
}
