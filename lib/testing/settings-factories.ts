import { createWebSession } from "@/lib/auth/web-session";
import { issueMobileSession } from "@/lib/auth/mobile-tokens";
import { db } from "@/lib/db";
import { TEST_CLIENT } from "./sign-in";
import { testClient } from "./staff-factories";

/** A live web session row for a user, made the way web sign-in makes it (Chrome on Windows). */
export async function addWebSession(userId: string) {
  return db.$transaction((tx) => createWebSession(tx, userId, testClient()));
}

/** A live mobile session (one refresh-token family) with a push token, as the app's sign-in makes it. */
export async function addMobileSession(userId: string) {
  await db.$transaction((tx) => issueMobileSession(tx, { id: userId }, { ...TEST_CLIENT, country: "MM" }));
  const session = await db.mobileSession.findFirstOrThrow({ where: { userId }, orderBy: { createdAt: "desc" }, select: { id: true } });
  await db.deviceToken.create({ data: { userId, sessionId: session.id, token: `push-${session.id}`, platform: "ANDROID" } });
  return session;
}
