import { describe, expect, it } from "vitest";
import { toAppError } from "./map-error";

const prismaError = (code: string) => Object.assign(new Error(`prisma ${code}`), { code });

describe("toAppError", () => {
  it("answers a transaction that could not start or outran its timeout (P2028) with 503 and Retry-After", () => {
    const { appError, unexpected } = toAppError(prismaError("P2028"));
    expect(appError).toMatchObject({ code: "unavailable", status: 503, retryAfterSeconds: 5 });
    expect(unexpected).toBe(true);
  });

  it("finds the code on a nested cause, and keeps unknown errors a 500", () => {
    expect(toAppError(new Error("wrapped", { cause: prismaError("P2024") })).appError.code).toBe("unavailable");
    expect(toAppError(prismaError("P2002")).appError.code).toBe("conflict");
    expect(toAppError(new Error("boom")).appError).toMatchObject({ code: "internal", status: 500 });
  });
});
