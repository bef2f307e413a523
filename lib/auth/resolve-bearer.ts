import "server-only";
import type { Actor } from "./actor";

/**
 * Resolves a mobile access token to its actor, or null when the token is not valid.
 * Security-critical: an unknown, expired or revoked token must never yield an actor. No access
 * token can be issued yet (OTP login arrives with the identity work), so none is valid.
 */
export async function resolveBearer(token: string): Promise<Actor | null> {
  void token;
  return null;
}
