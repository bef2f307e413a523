import { describe, expect, it } from "vitest";
import { checkHealth } from "@/lib/health/check-health";
import { callRoute } from "@/lib/testing/call-route";
import { withUnreachableDatabase } from "@/lib/testing/unreachable-database";
import { GET } from "./route";

describe("GET /api/health", () => {
  it("reports the database as up", async () => {
    const res = await callRoute(GET, "/api/health");
    expect(res.status).toBe(200);
    expect(res.json.status).toBe("ok");
    expect(res.json.database.status).toBe("up");
    expect(typeof res.json.database.latencyMs).toBe("number");
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("reports an unreachable database as down", async () => {
    const health = await withUnreachableDatabase((unreachable) => checkHealth(unreachable));
    expect(health.status).toBe("unavailable");
    expect(health.database.status).toBe("down");
  });
});
