import "server-only";
import { cache } from "react";
import type { Actor } from "./actor";
import { auth } from "./next-auth";

/**
 * The signed-in web user as the same Actor the API uses, or null. `auth()` re-validates the
 * Session row and the user on every request (lib/auth/web-callbacks.ts); cached per render.
 */
export const getWebActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId || !session.sessionId) return null;
  return { userId, platformRole: session.role === "PLATFORM_ADMIN" ? "PLATFORM_ADMIN" : "USER", sessionId: session.sessionId, sessionKind: "web" };
});
