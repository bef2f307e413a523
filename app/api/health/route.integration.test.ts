import { describe, expect, it } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { checkHealth } from "@/lib/health/check-health";
import { callRoute } from "@/lib/testing/call-route";
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
    const unreachable = new PrismaClient({ adapter: new PrismaPg({ connectionString: "postgresql://x:y@127.0.0.1:1/none" }) });
    const health = await checkHealth(unreachable);
    expect(health.status).toBe("unavailable");
    expect(health.database.status).toBe("down");
    await unreachable.$disconnect();
  });
});
