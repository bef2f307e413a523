// Deliberately not `server-only`: the HTTP server script makes request ids too (see access-log.ts).

/** Set by the app's own HTTP server on every request, replacing whatever a client sent. */
export const REQUEST_ID_HEADER = "x-mmso-request-id";

// Checked before use: a request id is written into logs and answers, so it must be a plain token.
const SANE = /^[A-Za-z0-9._-]{8,64}$/;

/** A fresh request id. */
export function newRequestId(): string {
  return crypto.randomUUID();
}

/**
 * The request's id: our server's (x-mmso-request-id), else a proxy's x-request-id, when either is
 * a sane token; else a new one (next dev, tests, a server that sets neither).
 */
export function requestIdFrom(headers: Headers): string {
  for (const name of [REQUEST_ID_HEADER, "x-request-id"]) {
    const value = headers.get(name);
    if (value && SANE.test(value)) return value;
  }
  return newRequestId();
}
