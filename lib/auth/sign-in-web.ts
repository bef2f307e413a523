import "server-only";
import { z } from "zod";
import { normalizeContact } from "@/lib/contact/normalize-contact";
import { AppError } from "@/lib/http/errors";
import { readClientInfo } from "@/lib/http/read-client-info";
import { signInWithOtp } from "./sign-in-with-otp";
import { createWebSession } from "./web-session";

/** What the login form posts to the Credentials provider "otp" (form values are strings). */
export const webOtpCredentials = z.object({
  phone: z.string().trim().max(40).optional(),
  email: z.string().trim().max(254).optional(),
  code: z.string().trim().regex(/^\d{6}$/),
  challengeId: z.string().trim().min(1).max(100).optional(),
  ageConfirmed: z.union([z.boolean(), z.enum(["true", "false", "on"]).transform((v) => v !== "false")]).optional(),
  locale: z.enum(["my", "en"]).optional(),
});

/** The user object handed to Auth.js: ids only, so the session cookie carries no personal data. */
export type WebSignInUser = { id: string; sessionId: string; role: "USER" | "PLATFORM_ADMIN" };

/**
 * The Credentials provider's `authorize`: the same OTP sign-in as the mobile API, plus a revocable
 * `Session` row recording the browser, address and country (policy S1.2). Throws AppError with
 * the code the login page shows (`age_confirmation_required`, `invalid_code`, `validation_failed`, …).
 */
export async function signInWebWithOtp(credentials: unknown, request: Request): Promise<WebSignInUser> {
  const parsed = webOtpCredentials.safeParse(blankToUndefined(credentials));
  if (!parsed.success) throw new AppError("validation_failed");
  const { phone, email, code, challengeId, ageConfirmed, locale } = parsed.data;
  const contact = normalizeContact({ phone, email });
  const client = readClientInfo(request, { platform: "WEB" });
  const { user, session } = await signInWithOtp({
    contact,
    code,
    challengeId,
    ageConfirmed,
    locale,
    client,
    createSession: (tx, signedIn) => createWebSession(tx, signedIn.id, client),
  });
  return { id: user.id, sessionId: session.id, role: user.role };
}

function blankToUndefined(value: unknown): unknown {
  if (!value || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, v === "" ? undefined : v]));
}
