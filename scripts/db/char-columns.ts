import { ColumnTypeEnum, type SqlQueryable } from "@prisma/driver-adapter-utils";
import pg from "pg";

// PostgreSQL's internal one-byte "char" type (pg_class.relkind, pg_constraint.contype, …), which
// every schema-engine introspection query returns. @prisma/adapter-pg 7.10 throws
// UnsupportedNativeDataType on it, while the engine needs it typed as a Character column.
const CHAR_OID = 18;
const TEXT_OID = 25;

type ResultLike = { fields?: { dataTypeID: number }[]; rows?: unknown };
const charColumnsByRows = new WeakMap<object, number[]>();

/**
 * A `pg` client that relabels "char" fields as text, so the adapter accepts them, and remembers
 * which columns they were (keyed by the rows array, which the adapter passes through unchanged).
 */
export class CharAwareClient extends pg.Client {}
const baseQuery = pg.Client.prototype.query as (...args: unknown[]) => unknown;
CharAwareClient.prototype.query = function query(this: pg.Client, ...args: unknown[]) {
  const last = args.at(-1);
  if (typeof last === "function") {
    args[args.length - 1] = (error: unknown, result: unknown) => last(error, error ? result : relabel(result));
    return baseQuery.apply(this, args);
  }
  const returned = baseQuery.apply(this, args);
  return returned instanceof Promise ? returned.then(relabel) : returned;
} as typeof pg.Client.prototype.query;

function relabel(result: unknown): unknown {
  for (const one of (Array.isArray(result) ? result : [result]) as (ResultLike | undefined)[]) {
    const indices: number[] = [];
    one?.fields?.forEach((field, index) => {
      if (field.dataTypeID !== CHAR_OID) return;
      field.dataTypeID = TEXT_OID;
      indices.push(index);
    });
    if (indices.length > 0 && typeof one?.rows === "object" && one.rows) charColumnsByRows.set(one.rows, indices);
  }
  return result;
}

/** Makes `queryRaw` of an adapter (or transaction) report remembered "char" columns as Character. */
export function restoreCharColumns<T extends SqlQueryable>(queryable: T): T {
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const index of charColumnsByRows.get(result.rows) ?? []) result.columnTypes[index] = ColumnTypeEnum.Character;
    return result;
  };
  return queryable;
}
