import type { z } from "zod";

export type FieldError = { path: string; code: string; message: string };

/** Turns zod issues into the contract's `details`: one entry per field, with a dotted path. */
export function toFieldErrors(error: z.ZodError, prefix: "params" | "query" | "headers" | "body"): FieldError[] {
  return error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].join("."),
    code: issue.code,
    message: issue.message,
  }));
}
