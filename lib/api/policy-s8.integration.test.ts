import { describe, expect, it } from "vitest";
import type { EndpointSpec } from "@/lib/http/endpoint";
import { endpoints } from "./endpoints";

type RouteHandler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
type RouteModule = Partial<Record<"GET" | "POST" | "PUT" | "PATCH" | "DELETE", RouteHandler>>;

/**
 * The endpoints that answer without a token, each on purpose (policy S8). A new public or
 * optional-token endpoint fails this test until it is added here with its reason.
 */
const PUBLIC_ON_PURPOSE: Record<string, string> = {
  requestOtp: "signing in starts without an account",
  verifyOtp: "signing in starts without an account",
  refreshToken: "the refresh token is the credential",
  listCategories: "the public catalog",
  listCourses: "the public catalog (a token adds the caller's enrollment state)",
  getCourse: "the public catalog (a token adds the caller's enrollment state)",
  getCenter: "the public catalog",
  getInstructor: "the public catalog (a token adds whether the caller follows)",
  listPolicies: "the privacy policy is public (a token adds the caller's acknowledgements)",
  recordUsageEvents: "usage of the app before sign-in (a token links the events to the account)",
};

/** Route files of /api/v1 that are not endpoints of the registry: documentation and the 404 catch-all. */
const NOT_ENDPOINTS = new Set(["/api/v1/docs", "/api/v1/docs/scalar.js", "/api/v1/openapi.json", "/api/v1/{...path}"]);

const routeFiles = import.meta.glob<RouteModule>("/app/api/v1/**/route.ts");
const fileOf = (spec: EndpointSpec) => `/app${spec.path.replace(/\{(\w+)\}/g, "[$1]")}/route.ts`;
const pathOf = (file: string) => file.replace(/^\/app/, "").replace(/\/route\.ts$/, "").replace(/\[(\.\.\.)?(\w+)\]/g, "{$1$2}");
const sample = (spec: EndpointSpec) => `http://localhost:3000${spec.path.replace(/\{\w+\}/g, "0193a1b2-0000-7000-8000-000000000001")}`;

async function call(spec: EndpointSpec, headers: Record<string, string>) {
  const load = routeFiles[fileOf(spec)];
  if (!load) throw new Error(`${spec.operationId}: no route file ${fileOf(spec)}`);
  const handler = (await load())[spec.method.toUpperCase() as keyof RouteModule];
  if (!handler) throw new Error(`${spec.operationId}: ${fileOf(spec)} exports no ${spec.method.toUpperCase()}`);
  const init: RequestInit = { method: spec.method.toUpperCase(), headers: { "content-type": "application/json", ...headers } };
  if (spec.method !== "get") init.body = "{}";
  return handler(new Request(sample(spec), init), { params: Promise.resolve({ id: "0193a1b2-0000-7000-8000-000000000001" }) });
}

describe("policy S8: every API needs authentication except what is public on purpose", () => {
  it("lists every endpoint that answers without a token, with its reason", () => {
    const open = endpoints.filter((spec) => spec.access !== "user").map((spec) => spec.operationId);
    expect(open.filter((id) => !(id in PUBLIC_ON_PURPOSE))).toEqual([]);
  });

  it("registers every route file of /api/v1, so none escapes this check or the published contract", async () => {
    const registered = new Set(endpoints.map((spec) => `${spec.method.toUpperCase()} ${spec.path}`));
    const unregistered: string[] = [];
    for (const [file, load] of Object.entries(routeFiles)) {
      const path = pathOf(file);
      if (NOT_ENDPOINTS.has(path)) continue;
      for (const method of Object.keys(await load())) {
        if (["GET", "POST", "PUT", "PATCH", "DELETE"].includes(method) && !registered.has(`${method} ${path}`)) unregistered.push(`${method} ${path}`);
      }
    }
    expect(unregistered).toEqual([]);
  });

  it.each(endpoints.filter((spec) => spec.access === "user").map((spec) => [spec.operationId, spec] as const))(
    "%s answers 401 in the contract's shape without a token and with a forged one",
    async (_id, spec) => {
      const attempts: Record<string, string>[] = [{}, { authorization: "Bearer eyJhbGciOiJIUzI1NiJ9.e30.forged" }];
      for (const headers of attempts) {
        const res = await call(spec, headers);
        expect(res.status).toBe(401);
        const body = (await res.json()) as { error: { code: string; requestId: string } };
        expect(body.error).toMatchObject({ code: "unauthorized", requestId: expect.any(String) });
      }
    },
  );
});
