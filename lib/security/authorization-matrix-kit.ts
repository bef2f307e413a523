import { MATRIX_ACTORS, type MatrixActor, type MatrixFixtures, type SignedInActor } from "@/lib/testing/matrix-factories";

/**
 * What a call answered, as a class: 2xx "ok"; a 3xx to the login page "login", to a page with
 * `error=` "redirect_error", anywhere else "redirect"; 4xx by status; any 5xx "server_error",
 * which no entry may expect (bad or foreign input must never be a 500).
 */
export const OUTCOMES = {
  ok: "2xx",
  login: "3xx to /login",
  redirect: "3xx elsewhere (e.g. Zoom's host link)",
  redirect_error: "3xx back to a page with ?error=",
  bad_request: "400",
  unauthenticated: "401 (no or invalid token; webhooks: no or bad signature)",
  forbidden: "403",
  not_found: "404 (also: not yours)",
  conflict: "409",
  invalid: "422",
  rate_limited: "429",
  server_error: "5xx",
} as const;
export type Outcome = keyof typeof OUTCOMES;

const BY_STATUS: Record<number, Outcome> = { 400: "bad_request", 401: "unauthenticated", 403: "forbidden", 404: "not_found", 409: "conflict", 422: "invalid", 429: "rate_limited" };

export function outcomeOf(response: { status: number; headers: Headers }): Outcome | `status_${number}` {
  const { status } = response;
  if (status >= 200 && status < 300) return "ok";
  if (status >= 300 && status < 400) {
    const location = new URL(response.headers.get("location") ?? "/", "http://localhost");
    if (location.pathname === "/login") return "login";
    return location.searchParams.has("error") ? "redirect_error" : "redirect";
  }
  if (status >= 500) return "server_error";
  return BY_STATUS[status] ?? `status_${status}`;
}

/** How to call a route: the URL (with query), Next's params, and a JSON body or raw bytes. */
export type MatrixRequest = {
  url: string;
  params?: Record<string, string | string[]>;
  body?: unknown;
  rawBody?: Uint8Array | string;
  headers?: Record<string, string>;
};

export type MatrixEntry = {
  /** Built anew for every call, so a builder may mint unique values (phones, tokens). */
  request: (fixtures: MatrixFixtures, actor: MatrixActor) => MatrixRequest | Promise<MatrixRequest>;
  expect: Record<MatrixActor, Outcome>;
  /** Why an outcome is what it is, where the route's own documentation does not say. */
  why?: string;
  /**
   * For mutating routes: a read of student A's (or center A's) resource that no actor outside
   * `changedBy` may change. Those actors are called last.
   */
  guard?: { read: (fixtures: MatrixFixtures) => Promise<unknown>; changedBy: SignedInActor[] };
  /** The call ends the session it is made with (logout): each call gets a token of its own. */
  endsSession?: boolean;
  /** Destructive for the callers themselves (deletes the account): runs after every other entry. */
  last?: boolean;
};

/** The same outcome for every actor (public routes, webhooks, unknown paths). */
export function everyone(outcome: Outcome): Record<MatrixActor, Outcome> {
  return Object.fromEntries(MATRIX_ACTORS.map((actor) => [actor, outcome])) as Record<MatrixActor, Outcome>;
}

/** A bearer-token route: anonymous 401, every signed-in actor `outcome`, except the overrides. */
export function signedIn(outcome: Outcome, overrides: Partial<Record<SignedInActor, Outcome>> = {}): Record<MatrixActor, Outcome> {
  return { ...everyone(outcome), anonymous: "unauthenticated", ...overrides };
}

/** A route on student A's own resource: A `ok`, everyone else signed in 404, anonymous 401. */
export function ownedByStudentA(overrides: Partial<Record<SignedInActor, Outcome>> = {}): Record<MatrixActor, Outcome> {
  return signedIn("not_found", { studentA: "ok", ...overrides });
}

/** A center A dashboard route (web session): strangers, other centers and the signed-out all get 404 (ADR 0009). */
export function centerA(staff: Partial<Record<"instructorA" | "adminA" | "platformAdmin", Outcome>>): Record<MatrixActor, Outcome> {
  return { ...everyone("not_found"), ...staff };
}
