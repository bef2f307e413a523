const HOUR = 3600_000;
/** Meta's standard messaging window after the person's last message (any reply, incl. consented marketing). */
export const RESPONSE_WINDOW_MS = 24 * HOUR;
/** The HUMAN_AGENT tag's window: an operator may still answer for 7 days (ADR 0032). */
export const HUMAN_AGENT_WINDOW_MS = 7 * 24 * HOUR;
