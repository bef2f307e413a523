import { Prisma } from "@/lib/generated/prisma/client";
import type { SearchTerms } from "./search-terms";

/**
 * Word similarity (0–1) from which `<%` counts a word of the query as found in a title or name.
 * pg_trgm's default 0.6 misses one wrong or missing letter in a 5–6 letter word ("pyton" 0.5,
 * "pythin" 0.57); below 0.5 unrelated Burmese words start to match ("သင်တန်း" ~ "သင်ခန်းစာ" is 0.375).
 */
export const WORD_SIMILARITY_THRESHOLD = 0.5;

/**
 * Fuzzy title matches are a fallback: they are looked for only when fewer exact title matches than
 * this were found, so a common word never pays for word-similarity rechecks it cannot show.
 */
export const FUZZY_BELOW = 20;

/**
 * A search ranks at most this many matches (10 pages of 20). Ranking every match of a common word
 * ("python", "သင်တန်း": thousands of titles) would cost a trigram comparison per row; instead the
 * candidates are collected tier by tier until the cap is full, so the best tiers always make it.
 */
export const SEARCH_RESULT_CAP = 200;

const MYANMAR = /[\u1000-\u109F]/;

export type SearchFilters = { categoryId?: string; centerId?: string; instructorId?: string };
export type SearchPosition = { rank: number; id: string };
export type SearchRow = { id: string; rank: number };

/**
 * Ranked ids of published courses of active centers matching the terms, best first, keyset-paged on
 * (rank, id). Every value is a bound parameter. Candidates come from GIN trigram index scans, one
 * tier after the other, each tier only filling what the cap leaves (a full tier skips the rest):
 *   4.x  every word of the query is a substring of a title (en or my, any mix), in any order
 *   3.x  a title matches fuzzily: every word of the query is similar (`<%`) to a word of the title,
 *        or is found with two adjacent letters swapped (an index BitmapAnd of BitmapOrs); looked for only
 *        when fewer than FUZZY_BELOW titles matched exactly
 *   2.x  a center's or an instructor's name matches (substring or fuzzy)
 *   1.x  the query is a substring of a summary
 * The fraction is the share of the title (in the query's script) that the query covers: titles that
 * are mostly the query come first. It costs nothing per row, unlike a trigram similarity, and is
 * rounded so that the number in the cursor compares equal to the recomputed rank.
 */
export function searchCoursesSql(terms: SearchTerms, filters: SearchFilters, after: SearchPosition | null, take: number): Prisma.Sql {
  const { text: q, patterns, typoPatterns: typos, words, wordPatterns } = terms;
  const cap = SEARCH_RESULT_CAP;
  const burmese = MYANMAR.test(q);
  // Every word against the one lower-cased column holding both titles (ADR 0015): a single GIN scan
  // intersects the words' trigrams, whether a word is Burmese, English or a Latin name in a Burmese title.
  const exactTitle = Prisma.join(
    wordPatterns.map((patterns) => Prisma.sql`c.search_title LIKE ANY(${lowered(patterns)})`),
    " AND ",
  );
  const fuzzyTitle = Prisma.join(
    words.map((word, i) => Prisma.sql`(${word} <% c.search_title OR c.search_title LIKE ANY(${lowered(typos[i] ?? [])}))`),
    " AND ",
  );
  // Visibility and filters apply to `m`, the rows a text match found. The text match sits behind
  // OFFSET 0 (an optimisation fence) so that PostgreSQL cannot trade the trigram index for the
  // status or center indexes, which would filter a large part of the table row by row.
  const visible = Prisma.sql`m.status = 'PUBLISHED'
    AND m.center_id IN (SELECT id FROM centers WHERE status = 'ACTIVE')
    ${filters.categoryId ? Prisma.sql`AND m.category_id = ${filters.categoryId}::uuid` : Prisma.empty}
    ${filters.centerId ? Prisma.sql`AND m.center_id = ${filters.centerId}::uuid` : Prisma.empty}
    ${filters.instructorId ? Prisma.sql`AND m.id IN (SELECT course_id FROM course_instructors WHERE instructor_id = ${filters.instructorId}::uuid)` : Prisma.empty}`;
  const matching = (condition: Prisma.Sql) =>
    Prisma.sql`(SELECT c.id, c.status, c.center_id, c.category_id FROM courses c WHERE ${condition} OFFSET 0) m`;
  const nameMatches = (en: Prisma.Sql, my: Prisma.Sql) =>
    Prisma.sql`${en} ILIKE ANY(${patterns}::text[]) OR ${my} ILIKE ANY(${patterns}::text[]) OR ${q} <% ${en} OR ${q} <% ${my}`;
  const centerNames = Prisma.sql`SELECT ce.id FROM centers ce WHERE ${nameMatches(Prisma.sql`ce.name_en`, Prisma.sql`ce.name_my`)}`;
  const instructorCourses = Prisma.sql`SELECT ci.course_id FROM course_instructors ci JOIN instructor_profiles ip ON ip.id = ci.instructor_id
    WHERE ${nameMatches(Prisma.sql`ip.display_name_en`, Prisma.sql`ip.display_name_my`)}`;
  return Prisma.sql`
    WITH t4 AS MATERIALIZED (
      SELECT m.id, 4 AS tier FROM ${matching(exactTitle)}
      WHERE ${visible}
      LIMIT ${cap}
    ), t3 AS MATERIALIZED (
      SELECT m.id, 3 AS tier FROM ${matching(fuzzyTitle)}
      WHERE ${visible} AND m.id NOT IN (SELECT id FROM t4)
      LIMIT CASE WHEN (SELECT count(*) FROM t4) < ${FUZZY_BELOW} THEN ${cap} - (SELECT count(*) FROM t4) ELSE 0 END
    ), t2 AS MATERIALIZED (
      SELECT m.id, 2 AS tier FROM ${matching(Prisma.sql`c.center_id IN (${centerNames})`)}
      WHERE ${visible} AND m.id NOT IN (SELECT id FROM t4 UNION ALL SELECT id FROM t3)
      LIMIT ${cap} - (SELECT count(*) FROM t4) - (SELECT count(*) FROM t3)
    ), t2i AS MATERIALIZED (
      SELECT m.id, 2 AS tier FROM ${matching(Prisma.sql`c.id IN (${instructorCourses})`)}
      WHERE ${visible} AND m.id NOT IN (SELECT id FROM t4 UNION ALL SELECT id FROM t3 UNION ALL SELECT id FROM t2)
      LIMIT ${cap} - (SELECT count(*) FROM t4) - (SELECT count(*) FROM t3) - (SELECT count(*) FROM t2)
    ), t1 AS MATERIALIZED (
      SELECT m.id, 1 AS tier FROM ${matching(Prisma.sql`c.summary_en ILIKE ANY(${patterns}::text[]) OR c.summary_my ILIKE ANY(${patterns}::text[])`)}
      WHERE ${visible}
        AND m.id NOT IN (SELECT id FROM t4 UNION ALL SELECT id FROM t3 UNION ALL SELECT id FROM t2 UNION ALL SELECT id FROM t2i)
      LIMIT ${cap} - (SELECT count(*) FROM t4) - (SELECT count(*) FROM t3) - (SELECT count(*) FROM t2) - (SELECT count(*) FROM t2i)
    ), ranked AS (
      SELECT c.id, round((m.tier + 0.99 * least(1, ${[...q].length}::float8
               / greatest(1, char_length(coalesce(${burmese ? Prisma.sql`c.title_my, c.title_en` : Prisma.sql`c.title_en, c.title_my`}, '')))))::numeric, 4)::float8 AS rank
      FROM (SELECT * FROM t4 UNION ALL SELECT * FROM t3 UNION ALL SELECT * FROM t2 UNION ALL SELECT * FROM t2i UNION ALL SELECT * FROM t1) m
      JOIN courses c ON c.id = m.id
    )
    SELECT id::text AS id, rank FROM ranked
    ${after ? Prisma.sql`WHERE (rank, id) < (${after.rank}::float8, ${after.id}::uuid)` : Prisma.empty}
    ORDER BY rank DESC, id DESC
    LIMIT ${take}`;
}

/**
 * LIKE patterns lower-cased by PostgreSQL itself, as the trigger lower-cases search_title: the same
 * lower() on both sides whatever the server's locale, and no per-row case folding as with ILIKE.
 */
function lowered(patterns: string[]): Prisma.Sql {
  return Prisma.sql`ARRAY(SELECT lower(p) FROM unnest(${patterns}::text[]) AS p)`;
}
