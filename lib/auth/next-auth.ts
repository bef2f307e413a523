import "server-only";
import NextAuth from "next-auth";
import type { Actor } from "./actor";
import { authConfig } from "./auth-config";

declare module "next-auth" {
  interface User {
    sessionId?: string;
    role?: Actor["platformRole"];
  }
  interface Session {
    sessionId?: string;
    role?: Actor["platformRole"];
  }
}

/** Auth.js for the web: `handlers` serve /api/auth/*, `auth()` reads (and re-validates) the session. */
export const { handlers, auth, signIn, signOut } = NextAuth(() => authConfig());
