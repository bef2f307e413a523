import { AsyncLocalStorage } from "node:async_hooks";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { callRoute } from "@/lib/testing/call-route";
import { createMatrixFixtures, MATRIX_ACTORS, privateMarksOfStudentA, webActorOf, type MatrixActor, type MatrixFixtures } from "@/lib/testing/matrix-factories";
import { bearerFor } from "@/lib/testing/sign-in";
import { authorizationMatrix, compareWithTree, matrixParts, outcomeOf, type MatrixEntry } from "./authorization-matrix";
import { listRouteHandlers, type RouteHandlerEntry } from "./route-tree";

// Web and dashboard routes read the session through getWebActor (Auth.js needs Next's request
// scope, which an in-process call does not have): it is given here, as in the routes' own tests.
// Every call carries both the actor's web session and a bearer token of theirs, so a route cannot
// pass by looking at the credential it does not use. The session lives in an AsyncLocalStorage
// so that the actors of a route without a guard can call concurrently.
const session = vi.hoisted(() => ({ store: null as AsyncLocalStorage<Actor | null> | null }));
vi.mock("@/lib/auth/web-actor", () => ({ getWebActor: async () => session.store?.getStore() ?? null }));
vi.mock("@/lib/i18n/current-locale", () => ({ currentLocale: async () => "en" }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "Mozilla/5.0 Chrome/130.0" }) }));
// next-intl's server entry needs Next's request scope; the docs page only reads its title.
vi.mock("next-intl/server", () => ({ getTranslations: async () => (key: string) => key, getLocale: async () => "en" }));
// next-auth's Next wrapper cannot load outside Next (its `next/server` import); /api/auth/* is
// served by the same Auth.js core with our real config, as lib/auth/auth-config's own test drives it.
vi.mock("@/lib/auth/next-auth", async () => {
  const { Auth } = await import("@auth/core");
  const { authConfig } = await import("@/lib/auth/auth-config");
  const serve = (req: Request) => Auth(req, { ...authConfig(), basePath: "/api/auth" } as Parameters<typeof Auth>[1]);
  return { handlers: { GET: serve, POST: serve }, auth: async () => null };
});

type Handler = Parameters<typeof callRoute>[0];
session.store = new AsyncLocalStorage<Actor | null>();

const tree = listRouteHandlers();
const covered = tree.filter((route) => route.key in authorizationMatrix);
// Entries that end the actors' accounts go last; within the rest, the tree's order.
const ordered = [...covered.filter((route) => !authorizationMatrix[route.key]!.last), ...covered.filter((route) => authorizationMatrix[route.key]!.last)];

let fixtures: MatrixFixtures;
const bearers = new Map<MatrixActor, string>();
beforeAll(async () => {
  fixtures = await createMatrixFixtures();
  for (const actor of MATRIX_ACTORS) if (actor !== "anonymous") bearers.set(actor, await bearerFor(fixtures.users[actor].id));
});

describe("the authorization matrix", () => {
  it("has one entry for every route handler of app/ and none for a route that is gone", () => {
    const { missing, stale } = compareWithTree(authorizationMatrix, tree);
    expect({ missing, stale }, "add an entry to lib/security/authorization-matrix-*.ts for each missing route").toEqual({ missing: [], stale: [] });
    const defined = matrixParts.flatMap((part) => Object.keys(part));
    expect(defined.length, "a key is defined in two parts").toBe(new Set(defined).size);
  });

  it("names a route the matrix lacks and an entry whose route is gone", () => {
    const withoutHealth = Object.fromEntries(Object.entries(authorizationMatrix).filter(([key]) => key !== "GET /api/health"));
    const result = compareWithTree({ ...withoutHealth, "GET /api/v1/gone": {} }, tree);
    expect(result).toEqual({ missing: ["GET /api/health  (app/api/health/route.ts)"], stale: ["GET /api/v1/gone"] });
  });

  it.each(ordered.map((route) => [route.key, route] as const))("%s", async (_key, route) => {
    const entry = authorizationMatrix[route.key]!;
    const handler = await loadHandler(route);
    const problems: string[] = [];
    const check = async (actor: MatrixActor) => {
      const response = await call(handler, route, entry, actor);
      const got = outcomeOf(response);
      if (got !== entry.expect[actor]) problems.push(`${actor}: expected ${entry.expect[actor]}, got ${got} (${response.status} ${response.text.slice(0, 160)})`);
      const leaked = mayReadStudentA(route, actor) ? [] : privateMarksOfStudentA(fixtures).filter((mark) => response.text.includes(mark));
      if (leaked.length > 0) problems.push(`${actor}: the answer carries student A's ${leaked.join(", ")}`);
    };
    if (!entry.guard) {
      // Nothing of A's to protect: the actors call at once (each with their own session).
      await Promise.all(MATRIX_ACTORS.map(check));
    } else {
      const guard = entry.guard;
      const before = JSON.stringify(await guard.read(fixtures));
      for (const actor of callOrder(guard.changedBy)) {
        await check(actor);
        if (guard.changedBy.includes(actor as never)) continue;
        const now = JSON.stringify(await guard.read(fixtures));
        if (now !== before) problems.push(`${actor}: changed student A's / center A's data: ${before} → ${now}`);
      }
    }
    expect(problems.sort()).toEqual([]);
  });
});

/** Student A themself; center A's staff and the operator on the dashboard (A is center A's student). */
function mayReadStudentA(route: RouteHandlerEntry, actor: MatrixActor): boolean {
  if (actor === "studentA") return true;
  return route.path.startsWith("/center/") && (actor === "adminA" || actor === "instructorA" || actor === "platformAdmin");
}

/** Actors who may not change the guarded state first, one by one; the ones who may, last. */
function callOrder(changedBy: readonly MatrixActor[]): MatrixActor[] {
  const mayChange = (actor: MatrixActor) => changedBy.includes(actor);
  return [...MATRIX_ACTORS.filter((actor) => !mayChange(actor)), ...MATRIX_ACTORS.filter(mayChange)];
}

async function loadHandler(route: RouteHandlerEntry): Promise<Handler> {
  const routeModule = (await import(path.join(process.cwd(), route.file))) as Record<string, Handler | undefined>;
  const handler = routeModule[route.method];
  if (!handler) throw new Error(`${route.file} does not export ${route.method} at runtime`);
  return handler;
}

async function call(handler: Handler, route: RouteHandlerEntry, entry: MatrixEntry, actor: MatrixActor) {
  const request = await entry.request(fixtures, actor);
  const headers: Record<string, string> = { ...request.headers };
  if (actor !== "anonymous") headers.authorization = entry.endsSession ? await bearerFor(fixtures.users[actor].id) : bearers.get(actor)!;
  let body: BodyInit | undefined;
  if (request.body !== undefined) {
    body = JSON.stringify(request.body);
    headers["content-type"] ??= "application/json";
  } else if (request.rawBody !== undefined) {
    body = typeof request.rawBody === "string" ? request.rawBody : new Uint8Array(request.rawBody);
  }
  return session.store!.run(webActorOf(fixtures, actor), () => callRoute(handler, request.url, { method: route.method, headers, body, params: request.params }));
}
