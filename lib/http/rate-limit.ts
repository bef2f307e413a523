import "server-only";

// The limits live in lib/rate-limit/ (store interface + PostgreSQL store); the HTTP layer re-exports them.
export { consumeRateLimit, enforceRateLimit, peekRateLimit } from "@/lib/rate-limit/rate-limit";
