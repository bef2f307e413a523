import { PrismaPg } from "@prisma/adapter-pg";
import { z } from "zod";
import { afterAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { findFreePort } from "@/scripts/db/embedded-postgres";
import { callRoute } from "@/lib/testing/call-route";
import { defineEndpoint } from "./endpoint";
import { handle } from "./handle";
import { toAppError } from "./map-error";

// Real errors from the real driver stack (Prisma 7 + adapter-pg + pg), not hand-made shapes.
const clients: PrismaClient[] = [];
const clientFor = (connectionString: string) => {
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString, max: 2, connectionTimeoutMillis: 3_000 }) });
  clients.push(client);
  return client;
};
afterAll(() => Promise.all(clients.map((c) => c.$disconnect())));

const failure = (promise: Promise<unknown>) => promise.then(() => { throw new Error("expected a failure"); }, (error: unknown) => error);

describe("a database that cannot be reached answers 503, never 500", () => {
  it("maps raw and model queries to a closed port to `unavailable`", async () => {
    const closed = clientFor(`postgresql://postgres:postgres@127.0.0.1:${await findFreePort()}/nothing`);
    expect(toAppError(await failure(closed.$queryRaw`SELECT 1`)).appError.code).toBe("unavailable");
    expect(toAppError(await failure(closed.user.findFirst())).appError.code).toBe("unavailable");
    expect(toAppError(await failure(closed.$transaction(async (tx) => tx.user.count()))).appError.code).toBe("unavailable");
  });

  it("maps a terminated connection to `unavailable`, and the pool recovers on the next query", async () => {
    const client = clientFor(process.env.DATABASE_URL as string);
    expect(toAppError(await failure(client.$queryRaw`SELECT pg_terminate_backend(pg_backend_pid())`)).appError.code).toBe("unavailable");
    expect(await client.$queryRaw<{ one: number }[]>`SELECT 1 AS one`).toEqual([{ one: 1 }]);
  });

  it("answers 503 in the contract's shape with Retry-After through handle()", async () => {
    const closed = clientFor(`postgresql://postgres:postgres@127.0.0.1:${await findFreePort()}/nothing`);
    const spec = defineEndpoint({ method: "get", path: "/api/v1/test-unavailable", operationId: "testUnavailable", summary: "test", tags: ["Test"], access: "optional", response: z.object({ n: z.number() }) });
    const route = handle(spec, async () => ({ n: await closed.user.count() }));
    const res = await callRoute(route, "/api/v1/test-unavailable");
    expect(res.status).toBe(503);
    expect(res.json.error.code).toBe("unavailable");
    expect(typeof res.json.error.message).toBe("string");
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});
