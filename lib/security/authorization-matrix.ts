import type { RouteHandlerEntry } from "./route-tree";
import type { MatrixEntry } from "./authorization-matrix-kit";
import { meMatrix } from "./authorization-matrix-me";
import { v1Matrix } from "./authorization-matrix-v1";
import { webMatrix } from "./authorization-matrix-web";

export { outcomeOf, OUTCOMES, type MatrixEntry, type MatrixRequest, type Outcome } from "./authorization-matrix-kit";

/**
 * Security-critical: who may call every route handler of the app, keyed "METHOD /path" exactly as
 * lib/security/route-tree.ts lists the tree. A new route without an entry fails the test, so
 * nobody adds a handler without saying who may call it.
 */
export const authorizationMatrix: Record<string, MatrixEntry> = { ...meMatrix, ...v1Matrix, ...webMatrix };

/** Routes of the tree with no entry, and entries whose route no longer exists. */
export function compareWithTree(matrix: Record<string, unknown>, tree: RouteHandlerEntry[]): { missing: string[]; stale: string[] } {
  const keys = new Set(tree.map((entry) => entry.key));
  return {
    missing: tree.filter((entry) => !(entry.key in matrix)).map((entry) => `${entry.key}  (${entry.file})`),
    stale: Object.keys(matrix).filter((key) => !keys.has(key)).sort(),
  };
}

/** The parts, for the check that no key is defined twice (a later part would silently win). */
export const matrixParts: Record<string, MatrixEntry>[] = [meMatrix, v1Matrix, webMatrix];
