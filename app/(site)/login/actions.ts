"use server";

import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { requestOtp } from "@/lib/auth/otp/request-otp";
import { signIn } from "@/lib/auth/next-auth";
import { clearLoginState, readLoginState, saveLoginState } from "@/lib/auth/web/login-state";
import { safeNextPath } from "@/lib/auth/web/safe-next";
import { normalizeContact } from "@/lib/contact/normalize-contact";
import { env } from "@/lib/env";
import { AppError } from "@/lib/http/errors";
import { requestOrigin } from "@/lib/http/request-ip";
import { currentLocale } from "@/lib/i18n/current-locale";

const back = (params: Record<string, string>) => `/login?${new URLSearchParams(params).toString()}`;

/** Step 1: normalise the phone or email and send a code (same answer whether an account exists). */
export async function requestCode(formData: FormData) {
  const next = safeNextPath(formData.get("next"));
  const raw = String(formData.get("contact") ?? "").trim().slice(0, 254);
  let contact;
  try {
    contact = normalizeContact(raw.includes("@") ? { email: raw } : { phone: raw });
  } catch {
    redirect(back({ error: "invalid_contact", next }));
  }
  let challengeId: string;
  try {
    ({ challengeId } = await requestOtp({ contact, ip: requestOrigin(await headers()).ip, locale: await currentLocale() }));
  } catch (error) {
    // Expected refusals become a message on the form, never an error page.
    if (error instanceof AppError) redirect(back({ error: error.code === "validation_failed" ? "channel_unavailable" : error.code, next }));
    throw error;
  }
  await saveLoginState({ ...contact, challengeId }, env().APP_URL.startsWith("https:"));
  redirect(back({ step: "code", next }));
}

/** Step 2: the code (and, for a new account, the age confirmation) signs in through Auth.js. */
export async function verifyCode(formData: FormData) {
  const next = safeNextPath(formData.get("next"));
  const state = await readLoginState();
  if (!state) redirect(back({ error: "expired", next }));
  const ageConfirmed = formData.get("ageConfirmed") === "on";
  try {
    await signIn("otp", {
      [state.kind]: state.value,
      code: String(formData.get("code") ?? "").replace(/\s/g, "").slice(0, 12),
      challengeId: state.challengeId,
      ageConfirmed: ageConfirmed ? "true" : "false",
      locale: await currentLocale(),
      redirect: false,
    });
  } catch (error) {
    if (error instanceof AuthError) {
      const code = (error as AuthError & { code?: string }).code ?? "invalid_code";
      redirect(back({ step: "code", error: code, next }));
    }
    throw error;
  }
  await clearLoginState();
  redirect(`/login/continue?next=${encodeURIComponent(next)}`);
}
