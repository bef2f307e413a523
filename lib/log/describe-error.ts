// Deliberately not `server-only`: see logger.ts.
import type { LogLevel } from "../config/parse-env";
import { logLevel, type LogFields } from "./logger";

/**
 * The parts of an unknown error that are safe to log: its kind, code and stack frames. Messages can
 * carry data (a value in a failed query, an address), so they are logged only at LOG_LEVEL=debug.
 * The code is `errorCode`: a bare `code` is redacted (it may be a sign-in code).
 */
export function describeError(error: unknown, level: LogLevel = logLevel): LogFields {
  if (!(error instanceof Error)) return { error: typeof error };
  const code = (error as { code?: unknown }).code;
  const frames = (error.stack ?? "").split("\n").filter((line) => line.trimStart().startsWith("at ")).slice(0, 8);
  return {
    error: error.name,
    errorCode: typeof code === "string" ? code : undefined,
    frames,
    ...(level === "debug" ? { message: error.message } : {}),
  };
}
