import "server-only";

// The app's logger (ADR 0046). Its parts are plain modules so that the HTTP server script can use
// the access log (access-log.ts); app code imports from here.
export { log, createLog, logLevel, type Log, type LogFields } from "./logger";
export { describeError } from "./describe-error";
export { withLogContext, currentLogContext, type LogContext } from "./log-context";
export { newRequestId, requestIdFrom, REQUEST_ID_HEADER } from "./request-id";
