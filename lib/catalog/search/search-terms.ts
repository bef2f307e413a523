import { toUnicode } from "@/lib/text/zawgyi";

/** A search query ready for SQL: the normalised text and the LIKE patterns derived from it. */
export type SearchTerms = {
  /** Unicode, NFC, single spaces, lower case: compared by pg_trgm (`<%`, similarity). */
  text: string;
  /** ILIKE patterns for an exact (substring) match; LIKE metacharacters of the input are escaped. */
  patterns: string[];
  /** Words matched one by one, in any order (3+ characters, at most 4; else the whole text). */
  words: string[];
  /** For each word, its ILIKE patterns (like `patterns`). */
  wordPatterns: string[][];
  /** For each word, ILIKE patterns with two adjacent Latin letters swapped ("pyhton" → "%python%"). */
  typoPatterns: string[][];
};

const MAX_TYPO_VARIANTS = 15;

/**
 * Normalises a user's query (Zawgyi → Unicode first) or returns null when nothing searchable is
 * left (only spaces, punctuation or invisible characters): the caller answers with no results.
 */
export function toSearchTerms(query: string): SearchTerms | null {
  const text = toUnicode(query).toLowerCase();
  if (!/[\p{L}\p{N}]/u.test(text)) return null;
  const long = [...new Set(text.split(" ").filter((word) => [...word].length >= 3))].slice(0, 4);
  const words = long.length > 0 ? long : [text];
  return {
    text,
    patterns: likePatterns(text),
    words,
    wordPatterns: words.map(likePatterns),
    typoPatterns: words.map((word) => transpositions(word).map((variant) => `%${escapeLike(variant)}%`)),
  };
}

// pg_trgm needs 3 characters to use the index for '%q%'; shorter text matches at the start of a
// word instead ('q%', '% q%'), which the index serves through the blank-padded trigrams.
function likePatterns(text: string): string[] {
  const escaped = escapeLike(text);
  return [...text].length >= 3 ? [`%${escaped}%`] : [`${escaped}%`, `% ${escaped}%`];
}

export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

// A swap of two neighbouring letters is the commonest typo and the one trigrams forgive least
// ("pyhton" shares 3 of 7 trigrams with "python"); the other single-letter typos keep a word
// similarity ≥ 0.5 in words of 5+ letters and are left to `<%`. Only for Latin words of 4–16
// letters: every variant is one more (cheap) index search.
function transpositions(text: string): string[] {
  if (!/^[a-z]{4,16}$/.test(text)) return [];
  const variants = new Set<string>();
  for (let i = 0; i + 1 < text.length && variants.size < MAX_TYPO_VARIANTS; i++) {
    const a = text[i] as string;
    const b = text[i + 1] as string;
    if (a !== b && /[a-z]/.test(a) && /[a-z]/.test(b)) variants.add(text.slice(0, i) + b + a + text.slice(i + 2));
  }
  variants.delete(text);
  return [...variants];
}
