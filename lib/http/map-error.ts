import { ZodError } from "zod";
import { isDatabaseUnavailable } from "./database-unavailable";
import { AppError } from "./errors";
import { toFieldErrors } from "./field-errors";

/**
 * The one boundary mapper: every thrown value becomes an AppError. Unknown errors become
 * `internal` (500) and are reported by the caller with the request id; their text never reaches
 * the client.
 */
export function toAppError(error: unknown): { appError: AppError; unexpected: boolean } {
  if (error instanceof AppError) return { appError: error, unexpected: false };
  if (error instanceof ZodError) {
    return { appError: new AppError("validation_failed", { details: toFieldErrors(error, "body") }), unexpected: false };
  }
  const code = findCode(error);
  if (code === "P2002" || code === "23505") return { appError: new AppError("conflict"), unexpected: false };
  if (code === "P2025") return { appError: new AppError("not_found"), unexpected: false };
  // The database is down, restarting or saturated: a retry can succeed (503 with Retry-After).
  if (isDatabaseUnavailable(error)) {
    return { appError: new AppError("unavailable", { retryAfterSeconds: 5 }), unexpected: true };
  }
  return { appError: new AppError("internal"), unexpected: true };
}

/** Prisma and pg nest the original error; the first string `code` on the chain decides. */
function findCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === "object"; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string") return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
