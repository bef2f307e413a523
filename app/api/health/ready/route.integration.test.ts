import { afterEach, describe, expect, it } from "vitest";
import { checkReadiness } from "@/lib/health/check-readiness";
import { shippedMigrations } from "@/lib/health/migration-status";
import { markDraining, resetLifecycleForTests } from "@/lib/lifecycle/lifecycle";
import { callRoute } from "@/lib/testing/call-route";
import { withUnreachableDatabase } from "@/lib/testing/unreachable-database";
import { GET as live } from "../live/route";
import { GET as ready } from "./route";

afterEach(() => resetLifecycleForTests());

describe("GET /api/health/live and /api/health/ready", () => {
  it("is alive and ready on a migrated database", async () => {
    expect((await callRoute(live, "/api/health/live")).json.status).toBe("alive");
    const res = await callRoute(ready, "/api/health/ready");
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ status: "ready", reasons: [], database: { status: "up" }, migrations: { pending: [], failed: [] } });
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("is not ready while a migration this build ships is pending, and names it", async () => {
    const shipped = await shippedMigrations();
    expect(shipped.length).toBeGreaterThan(10);
    const readiness = await checkReadiness({ expected: [...shipped, "29991231000000_not_applied_yet"] });
    expect(readiness.status).toBe("not_ready");
    expect(readiness.reasons).toEqual(["migrations_pending"]);
    expect(readiness.migrations?.pending).toEqual(["29991231000000_not_applied_yet"]);
  });

  it("stays ready when the database already has a newer release's migration (expand before contract)", async () => {
    const shipped = await shippedMigrations();
    const readiness = await checkReadiness({ expected: shipped.slice(0, -1) });
    expect(readiness.status).toBe("ready");
    expect(readiness.migrations?.ahead).toBe(1);
  });

  it("is not ready on an empty database or an unreachable one", async () => {
    const down = await withUnreachableDatabase((unreachable) => checkReadiness({ client: unreachable, expected: ["20250101000000_init"] }));
    expect(down).toMatchObject({ status: "not_ready", reasons: ["database_down"], migrations: null });
  });

  it("answers 503 with the reason while the process drains, so the balancer stops sending", async () => {
    markDraining();
    const res = await callRoute(ready, "/api/health/ready");
    expect(res.status).toBe(503);
    expect(res.json.reasons).toEqual(["draining"]);
    expect(res.headers.get("retry-after")).toBe("5");
    expect((await callRoute(live, "/api/health/live")).status).toBe(200);
  });
});
