import "server-only";
// CredentialsSignin comes from @auth/core (the copy next-auth re-exports) so that this module, unlike
// "next-auth" itself, loads outside Next (the integration tests drive it through @auth/core's Auth).
import { CredentialsSignin } from "@auth/core/errors";
import type { NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { AppError } from "@/lib/http/errors";
import { log } from "@/lib/log";
import { signInWebWithOtp } from "./sign-in-web";
import { WEB_SESSION_TTL_SECONDS } from "./token-lifetimes";
import { webJwtCallback, webSignOutEvent, type WebToken } from "./web-callbacks";

/** Reasons the login page can show; anything else is reported as "unavailable". */
const SHOWN_CODES = new Set(["age_confirmation_required", "invalid_code", "validation_failed", "rate_limited"]);

/** An authorize failure with a `code` Auth.js passes on (`?code=` on redirect, `error.code` in actions). */
export class OtpSignInError extends CredentialsSignin {
  constructor(code: string) {
    super();
    this.code = code;
  }
}

/** The Auth.js configuration of the web sign-in (JWT cookie backed by a revocable Session row). */
export function authConfig(): NextAuthConfig {
  // Secure cookies need HTTPS: on http://localhost (the demo) a browser would drop them, so the
  // __Host-/__Secure- prefixes and the Secure flag follow APP_URL's scheme.
  const secure = new URL(env().APP_URL).protocol === "https:";
  return {
    secret: env().AUTH_SECRET,
    trustHost: true,
    useSecureCookies: secure,
    pages: { signIn: "/login" },
    // A refused code is an answer, not an error; anything else is logged without its message (S8).
    logger: {
      error: (error) => {
        const type = (error as { type?: string }).type;
        if (type !== "CredentialsSignin") log.error("auth.authjs_error", { error: error.name, type });
      },
      warn: (code) => log.warn("auth.authjs_warning", { errorCode: code }),
      debug: () => {},
    },
    session: { strategy: "jwt", maxAge: WEB_SESSION_TTL_SECONDS },
    cookies: {
      sessionToken: {
        name: secure ? "__Host-mmso.session-token" : "mmso.session-token",
        options: { httpOnly: true, sameSite: "lax", path: "/", secure },
      },
    },
    providers: [
      Credentials({
        id: "otp",
        name: "One-time code",
        credentials: { phone: {}, email: {}, code: {}, challengeId: {}, ageConfirmed: {}, locale: {} },
        async authorize(credentials, request) {
          try {
            return await signInWebWithOtp(credentials, request);
          } catch (error) {
            if (error instanceof AppError) throw new OtpSignInError(SHOWN_CODES.has(error.code) ? error.code : "unavailable");
            log.error("auth.web_sign_in_failed", { error: error instanceof Error ? error.name : typeof error });
            throw new OtpSignInError("unavailable");
          }
        },
      }),
    ],
    callbacks: {
      jwt: ({ token, user }) => webJwtCallback({ token: token as WebToken, user }),
      session: ({ session, token }) => {
        const t = token as WebToken;
        return { ...session, user: { ...session.user, id: t.sub ?? "" }, sessionId: t.sid, role: t.role };
      },
    },
    events: {
      signOut: (message) => webSignOutEvent(message as { token?: WebToken | null }),
    },
  };
}

