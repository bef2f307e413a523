// Deliberately not `server-only`: scripts/lib/serve-next.ts (plain Node via tsx, outside Next)
// imports this module. It and what it imports must never import "server-only", @/ paths or the
// database; lib/log/access-log.test.ts checks that it loads in a plain Node process.
import { log as processLog, type Log } from "./logger";
export { newRequestId, REQUEST_ID_HEADER } from "./request-id";

export type AccessEntry = {
  method: string;
  /** The request target; its query string and fragment are dropped here. */
  path: string;
  status: number;
  durationMs: number;
  requestId: string;
  /** Response body bytes, when known. */
  bytes?: number;
};

const MAX_PATH = 512;

/**
 * One `http.access` line per answered request. The query string is dropped (queries can hold a
 * phone number, an email address or a search term); path segments are kept, ids included: ids are
 * not personal data.
 */
export function logAccess(entry: AccessEntry, log: Log = processLog): void {
  log.info("http.access", {
    requestId: entry.requestId,
    method: /^[A-Z]{1,16}$/i.test(entry.method) ? entry.method.toUpperCase() : "OTHER",
    path: pathOnly(entry.path),
    status: entry.status,
    durationMs: Math.round(entry.durationMs),
    ...(entry.bytes === undefined ? {} : { bytes: entry.bytes }),
  });
}

/** The path of a request target (origin-form or absolute), without query or fragment, capped. */
export function pathOnly(target: string): string {
  let path = target.split(/[?#]/, 1)[0] ?? "";
  if (!path.startsWith("/")) {
    try {
      path = new URL(path).pathname;
    } catch {
      path = "/";
    }
  }
  return path.length > MAX_PATH ? `${path.slice(0, MAX_PATH)}…` : path;
}
