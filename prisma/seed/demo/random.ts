/** Deterministic randomness for the demo data: the same seed gives the same data on every run. */
export type Random = ReturnType<typeof createRandom>;

export function createRandom(seed: number) {
  let state = seed >>> 0;
  // mulberry32: tiny, fast and good enough for picking demo data.
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error("pick() from an empty list");
    return items[Math.floor(next() * items.length)] as T;
  };
  const shuffle = <T>(items: readonly T[]): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy;
  };
  const chars = (alphabet: string, length: number): string =>
    Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join("");
  return {
    next,
    int,
    pick,
    shuffle,
    chance: (probability: number): boolean => next() < probability,
    sample: <T>(items: readonly T[], count: number): T[] => shuffle(items).slice(0, count),
    digits: (length: number): string => chars("0123456789", length),
    alnum: (length: number): string => chars("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", length),
    hex: (length: number): string => chars("0123456789abcdef", length),
    /** A UUID v7 whose time part is `at`, so ids sort like the rows' creation times (ADR 0001). */
    uuid(at: Date): string {
      const time = Math.max(0, at.getTime()).toString(16).padStart(12, "0");
      const version = (0x7000 | int(0, 0xfff)).toString(16);
      const variant = (0x8000 | int(0, 0x3fff)).toString(16);
      return `${time.slice(0, 8)}-${time.slice(8, 12)}-${version}-${variant}-${chars("0123456789abcdef", 12)}`;
    },
  };
}
