import type { RateLimitRule } from "@/lib/http/endpoint";

/**
 * One bucket for the API and the web download: an export reads every table of a person, so a
 * handful an hour is plenty for them and keeps a stolen session from hammering the database.
 */
export const EXPORT_RATE_LIMIT: RateLimitRule = { bucket: "me.export", limit: 5, windowSeconds: 3600 };
