import "server-only";
import { logActivity } from "@/lib/audit/log-activity";
import { db } from "@/lib/db";
import { normalizeContact } from "@/lib/contact/normalize-contact";
import { readClientInfo, type AppDevice } from "@/lib/http/read-client-info";
import { requestOrigin } from "@/lib/http/request-ip";
import type { Locale } from "@/lib/i18n/locales";
import type { Actor } from "./actor";
import { issueMobileSession, refreshMobileSession, revokeMobileSession } from "./mobile-tokens";
import { requestOtp } from "./otp/request-otp";
import { enqueueSecurityAlert } from "./security-alert";
import { signInWithOtp } from "./sign-in-with-otp";

type Call<B> = { body: B; req: Request; requestId: string; locale: Locale };
type Contactish = { phone?: string; email?: string };

/** POST /auth/otp/request: sends a code; identical answer for known and unknown contacts. */
export async function startOtpLogin({ body, req, locale }: Call<Contactish>) {
  const contact = normalizeContact(body);
  return requestOtp({ contact, ip: requestOrigin(req.headers).ip, locale });
}

/** POST /auth/otp/verify: signs in (creating the account on first login) and opens a mobile session. */
export async function verifyOtpLogin({ body, req, requestId, locale }: Call<Contactish & { code: string; challengeId?: string; ageConfirmed?: boolean; device?: AppDevice }>) {
  const contact = normalizeContact(body);
  const client = readClientInfo(req, body.device ?? {}, requestId);
  const { user, session } = await signInWithOtp({
    contact,
    code: body.code,
    challengeId: body.challengeId,
    ageConfirmed: body.ageConfirmed,
    locale,
    client,
    createSession: async (tx, signedIn, { isNew }) => {
      const pair = await issueMobileSession(tx, signedIn, client);
      // A sign-in to an existing account from a new device is what a person should hear about.
      if (!isNew) await enqueueSecurityAlert(tx, { userId: signedIn.id, event: "new_sign_in", sessionId: pair.sessionId, platform: client.platform, at: new Date() });
      return pair;
    },
  });
  return { accessToken: session.accessToken, refreshToken: session.refreshToken, expiresIn: session.expiresIn, user };
}

/** POST /auth/refresh */
export async function refreshLogin({ body, req, requestId }: Call<{ refreshToken: string }>) {
  const pair = await refreshMobileSession(body.refreshToken, readClientInfo(req, undefined, requestId));
  return { accessToken: pair.accessToken, refreshToken: pair.refreshToken, expiresIn: pair.expiresIn };
}

/** POST /auth/logout: the session and its refresh tokens are revoked; the access token dies with them. */
export async function logoutMobile({ actor, req, requestId }: { actor: Actor; req: Request; requestId: string }) {
  await revokeMobileSession(actor.sessionId, "LOGOUT");
  await logActivity(db, {
    action: "auth.logout",
    actorUserId: actor.userId,
    targetType: "mobile_session",
    targetId: actor.sessionId,
    client: readClientInfo(req, undefined, requestId),
  });
  return null;
}
