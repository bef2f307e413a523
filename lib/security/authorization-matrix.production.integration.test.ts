import { beforeAll, describe, expect, it } from "vitest";
import { callRoute } from "@/lib/testing/call-route";
import { productionEnv } from "@/lib/testing/production-env";

// The matrix runs in demo mode, where the benchmark baselines and the development outbox answer
// anyone by design. This file is their production row: they must not exist there. The environment
// is parsed once per process, so production mode is set before any route module is loaded.
beforeAll(() => {
  Object.assign(process.env, productionEnv());
});

describe("demo-only routes in production mode", () => {
  it.each([
    ["/api/bench/static", "@/app/api/bench/static/route"],
    ["/api/bench/db", "@/app/api/bench/db/route"],
    ["/api/dev/outbox", "@/app/api/dev/outbox/route"],
  ])("%s answers 404 to everyone", async (url, file) => {
    const { GET } = (await import(/* @vite-ignore */ file)) as { GET: (req: Request) => Response | Promise<Response> };
    for (const authorization of [undefined, "Bearer forged"]) {
      const response = await callRoute(async (req) => GET(req), url, { headers: authorization ? { authorization } : {} });
      expect(response.status).toBe(404);
      expect(response.text).not.toContain("static");
    }
  });
});
