// Deliberately not `server-only`: the access log is written by the HTTP server script, outside
// Next's bundle (see access-log.ts). Nothing here touches the database or the app's configuration.
import pino, { type DestinationStream } from "pino";
import { processLogLevel, type LogLevel } from "../config/parse-env";
import { currentLogContext } from "./log-context";
import { redactFields } from "./redact";

export type LogFields = Record<string, unknown>;
export type Log = Record<LogLevel, (event: string, fields?: LogFields) => void>;

/**
 * process.stderr, looked up on every line. On Linux its writes to files, pipes and terminals are
 * synchronous, so no line is lost at exit; and tests that spy on process.stderr.write see them
 * (pino.destination would write to fd 2 behind such spies).
 */
const stderr: DestinationStream = { write: (line: string) => void process.stderr.write(line) };

/**
 * A logger writing one JSON object per line: level (as a label), time (ISO), the enclosing
 * request's or job's ids (log-context.ts), the event, then the caller's fields, with the keys in
 * redact.ts censored. No worker-thread transports: they do not survive Next's bundling.
 */
export function createLog({ level, destination = stderr }: { level: LogLevel; destination?: DestinationStream }): Log {
  const logger = pino(
    {
      level,
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }), log: redactFields },
      // A copy: pino merges the line's fields into the object the mixin returns.
      mixin: () => ({ ...currentLogContext() }),
    },
    destination,
  );
  const at = (method: LogLevel) => (event: string, fields?: LogFields) => logger[method]({ event, ...fields });
  return { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
}

/** The process's level: LOG_LEVEL, else "info" ("warn" under tests). */
export const logLevel: LogLevel = processLogLevel();

/**
 * Structured JSON lines on stderr. Callers pass event names and ids only: never a phone, email,
 * token, secret or request body (policy S8; the brief's "no secret or personal data in logs").
 */
export const log: Log = createLog({ level: logLevel });
