import "server-only";
import type { Actor } from "./actor";
import { revokeWebSession, validateWebSession } from "./web-session";

/** The claims MMSO keeps in the Auth.js JWT cookie: ids only (the cookie is encrypted anyway). */
export type WebToken = { sub?: string; sid?: string; role?: Actor["platformRole"] } & Record<string, unknown>;

/**
 * Auth.js `jwt` callback. On sign-in it keeps only the user and Session ids; on every later read it
 * re-checks the Session row and the user. Returning null makes Auth.js clear the cookie and
 * `auth()` answer null (signed out).
 */
export async function webJwtCallback(params: {
  token: WebToken;
  user?: { id?: string; sessionId?: string; role?: Actor["platformRole"] } | null;
}): Promise<WebToken | null> {
  const { token, user } = params;
  if (user?.id && user.sessionId) return { sub: user.id, sid: user.sessionId, role: user.role ?? "USER" };
  const actor = await validateWebSession(token.sid, token.sub);
  if (!actor) return null;
  return { sub: actor.userId, sid: actor.sessionId, role: actor.platformRole };
}

/** Auth.js `signOut` event: the Session row is revoked, so a copied cookie is dead too. */
export async function webSignOutEvent(message: { token?: WebToken | null } | { session?: unknown }) {
  const sid = "token" in message ? message.token?.sid : undefined;
  if (typeof sid === "string") await revokeWebSession(sid, "LOGOUT");
}
