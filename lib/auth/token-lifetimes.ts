/** Lifetimes of every credential the platform issues. */
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
/** Absolute lifetime of a mobile refresh-token family (MobileSession.expiresAt); rotation does not extend it. */
export const MOBILE_SESSION_TTL_SECONDS = 30 * 24 * 60 * 60;
/** Absolute lifetime of a web session (Session.expires); the cookie JWT never outlives its row. */
export const WEB_SESSION_TTL_SECONDS = 30 * 24 * 60 * 60;
/** `lastSeenAt` is written at most this often per session. */
export const LAST_SEEN_RESOLUTION_MS = 60 * 1000;
