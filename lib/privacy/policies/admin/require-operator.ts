import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { z } from "zod";
import { AppError } from "@/lib/http/errors";

/** Policy drafting is the platform operator's: anyone else gets the answer a missing page gives. */
export function requireOperator(actor: Actor): void {
  if (actor.platformRole !== "PLATFORM_ADMIN") throw new AppError("not_found");
}

/** Parses with the use case's schema; a failure is the contract's 422 with field paths. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new AppError("validation_failed", { details: result.error.issues.map((issue) => ({ path: issue.path.map(String).join("."), code: issue.code, message: issue.message })) });
  }
  return result.data;
}

/** A malformed id names no version: the same 404 as an unknown one. */
export function requireUuid(id: string): void {
  if (!z.uuid().safeParse(id).success) throw new AppError("not_found");
}
