import { z } from "zod";
import { AppError } from "./errors";

export const MAX_PAGE_SIZE = 100;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const DEFAULT_PAGE_SIZE = 20;

/** `?cursor=&limit=` of every list endpoint; limit capped at 100, default 20. */
export const pageQuery = z.object({
  cursor: z.string().max(512).optional().meta({ description: "Opaque cursor from the previous page's nextCursor." }),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
});

export type PageQuery = z.output<typeof pageQuery>;

/** The list envelope of the contract: `{ items, nextCursor }`. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

/**
 * Keyset cursors: the sort key and id of the last row, base64url JSON. Opaque to clients, and
 * stable under inserts (no OFFSET). A cursor that does not decode is a 422 on `query.cursor`.
 */
export function encodeCursor(position: { key: string | number | null; id: string }): string {
  return Buffer.from(JSON.stringify([position.key, position.id])).toString("base64url");
}

export function decodeCursor(cursor: string | undefined): { key: string | number | null; id: string } | null {
  if (cursor === undefined || cursor === "") return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    // Ids are UUIDs: anything else would reach PostgreSQL as a failed cast (a 500), not a 422.
    if (Array.isArray(value) && value.length === 2 && typeof value[1] === "string" && UUID.test(value[1])) {
      const [key, id] = value as [unknown, string];
      if (key === null || typeof key === "string" || typeof key === "number") return { key, id };
    }
  } catch {
    // fall through to the validation error
  }
  throw new AppError("validation_failed", {
    details: [{ path: "query.cursor", code: "invalid_cursor", message: "Invalid cursor" }],
  });
}

/** Given `limit + 1` rows, returns the page and the cursor of the next one (null on the last). */
export function toPage<Row, Item>(
  rows: Row[],
  limit: number,
  position: (row: Row) => { key: string | number | null; id: string },
  toItem: (row: Row) => Item,
): { items: Item[]; nextCursor: string | null } {
  const hasMore = rows.length > limit;
  const pageRows = hasMore ? rows.slice(0, limit) : rows;
  const last = pageRows[pageRows.length - 1];
  return { items: pageRows.map(toItem), nextCursor: hasMore && last ? encodeCursor(position(last)) : null };
}
