import { AppError } from "@/lib/http/errors";

const KNOWN = new Set([
  "telegram_bad_hash",
  "telegram_stale",
  "telegram_from_future",
  "telegram_missing_field",
  "telegram_unknown_field",
  "telegram_malformed",
  "conflict",
  "state",
]);

/** The page's message key for a failed link (the `telegram.errors.*` catalogue keys); anything unexpected is rethrown. */
export function linkErrorKey(error: unknown): string {
  if (!(error instanceof AppError)) throw error;
  const reason = (error.details as { reason?: unknown } | undefined)?.reason;
  if (error.code === "conflict") return "conflict";
  return typeof reason === "string" && KNOWN.has(reason) ? reason : "unavailable";
}

/** A key from the query string that the page may show, or null. */
export function knownErrorKey(raw: unknown): string | null {
  if (typeof raw !== "string" || raw === "") return null;
  return KNOWN.has(raw) ? raw : "unavailable";
}
