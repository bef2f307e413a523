import "server-only";

type Level = "debug" | "info" | "warn" | "error";
type Fields = Record<string, unknown>;

const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };
const minimum: Level = process.env.LOG_LEVEL === "debug" ? "debug" : process.env.NODE_ENV === "test" ? "warn" : "info";

/**
 * Structured JSON lines on stderr. Callers pass event names and ids only: never a phone, email,
 * token, secret or request body (policy S8; the brief's "no secret or personal data in logs").
 */
function write(level: Level, event: string, fields: Fields = {}) {
  if (ORDER[level] < ORDER[minimum]) return;
  process.stderr.write(`${JSON.stringify({ level, time: new Date().toISOString(), event, ...fields })}\n`);
}

export const log = {
  debug: (event: string, fields?: Fields) => write("debug", event, fields),
  info: (event: string, fields?: Fields) => write("info", event, fields),
  warn: (event: string, fields?: Fields) => write("warn", event, fields),
  error: (event: string, fields?: Fields) => write("error", event, fields),
};

/**
 * The parts of an unknown error that are safe to log: its kind, code and stack frames. Messages can
 * carry data (a value in a failed query, an address), so they are logged only at LOG_LEVEL=debug.
 */
export function describeError(error: unknown): Fields {
  if (!(error instanceof Error)) return { error: typeof error };
  const code = (error as { code?: unknown }).code;
  const frames = (error.stack ?? "").split("\n").filter((line) => line.trimStart().startsWith("at ")).slice(0, 8);
  return {
    error: error.name,
    code: typeof code === "string" ? code : undefined,
    frames,
    ...(minimum === "debug" ? { message: error.message } : {}),
  };
}
