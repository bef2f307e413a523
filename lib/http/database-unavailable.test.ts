import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { isDatabaseUnavailable } from "./database-unavailable";
import { toAppError } from "./map-error";

// The shapes Prisma 7's pg driver adapter gives (node_modules/@prisma/adapter-pg: convertDriverError).
const adapterError = (cause: Record<string, unknown>) => Object.assign(new Error("driver"), { name: "DriverAdapterError", cause });
const known = (code: string, cause: Record<string, unknown>) =>
  new Prisma.PrismaClientKnownRequestError(`Database error ${code}`, { code, clientVersion: "7", meta: { driverAdapterError: adapterError(cause) } });

describe("isDatabaseUnavailable: a retry can succeed", () => {
  it.each([
    ["a raw query while PostgreSQL shuts down (P2010, 57P01)", known("P2010", { kind: "postgres", originalCode: "57P01" })],
    ["a model query while PostgreSQL starts up (P2039, 57P03)", known("P2039", { kind: "postgres", originalCode: "57P03" })],
    ["a raw query with nothing listening (P2010, DatabaseNotReachable)", known("P2010", { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 1 })],
    ["a connection reset (P1017)", known("P1017", { kind: "ConnectionClosed" })],
    ["a transaction that could not start in time (P2028)", new Prisma.PrismaClientKnownRequestError("Unable to start a transaction in the given time.", { code: "P2028", clientVersion: "7" })],
    ["pg's words only", new Error("Connection terminated unexpectedly")],
    ["the pool's timeout", new Error("timeout exceeded when trying to connect")],
    ["a refused socket, wrapped", Object.assign(new Error("outer"), { cause: Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }) })],
  ])("%s", (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
    const { appError, unexpected } = toAppError(error);
    expect(appError.code).toBe("unavailable");
    expect(appError.retryAfterSeconds).toBeGreaterThan(0);
    expect(unexpected).toBe(true);
  });
});

describe("isDatabaseUnavailable: everything else stays what it was", () => {
  it("a unique violation is a conflict, a missing row not found, a bug a 500", () => {
    expect(toAppError(known("P2002", { kind: "UniqueConstraintViolation" })).appError.code).toBe("conflict");
    expect(toAppError(new Prisma.PrismaClientKnownRequestError("gone", { code: "P2025", clientVersion: "7" })).appError.code).toBe("not_found");
    expect(toAppError(known("P2010", { kind: "postgres", originalCode: "42P01" })).appError.code).toBe("internal");
    expect(toAppError(new Error("boom")).appError.code).toBe("internal");
  });

  it("does not loop on a cyclic cause chain", () => {
    const a: { cause?: unknown; message: string } = { message: "a" };
    a.cause = { message: "b", cause: a };
    expect(isDatabaseUnavailable(a)).toBe(false);
  });
});
