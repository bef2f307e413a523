"use server";

import { createTranslator } from "next-intl";
import { z } from "zod";
import { getCenterActionAccess, webClientInfo } from "@/lib/access/center-action";
import { deactivateOwnAccount } from "@/lib/account/deactivate-own-account";
import { signOut } from "@/lib/auth/next-auth";
import { updateCenterProfile } from "@/lib/centers/settings/update-center-profile";
import type { CenterProfileInput } from "@/lib/centers/settings/center-profile-schema";
import { revokeStaffSession, type RevokeStaffSessionInput } from "@/lib/centers/settings/revoke-staff-session";
import { removeCenterLogo, setCenterLogo } from "@/lib/centers/settings/set-center-logo";
import { runAction, type ActionResult } from "@/lib/http/action-result";
import { AppError } from "@/lib/http/errors";
import { currentLocale } from "@/lib/i18n/current-locale";
import { localized } from "@/lib/i18n/localized";
import { messagesFor } from "@/lib/i18n/messages";

// The settings page's client-called actions: each re-authorizes from the session (the slug is only
// a name; getCenterActionAccess decides), calls one lib/ function and answers an ActionResult.

export async function updateCenterProfileAction(slug: string, input: CenterProfileInput) {
  return runAction(async () => {
    const access = await getCenterActionAccess(slug);
    // What was stored (E.164 phone, Unicode text), for the form to show.
    return (await updateCenterProfile(access, input, await webClientInfo())).values;
  });
}

const logoFile = z.instanceof(File);

export async function uploadCenterLogoAction(slug: string, formData: FormData) {
  return runAction(async () => {
    const access = await getCenterActionAccess(slug);
    const file = logoFile.safeParse(formData.get("logo"));
    if (!file.success) throw new AppError("validation_failed", { details: [{ path: "body.logo", code: "required", message: "invalid_logo" }] });
    return setCenterLogo(access, new Uint8Array(await file.data.arrayBuffer()), await webClientInfo());
  });
}

export async function removeCenterLogoAction(slug: string) {
  return runAction(async () => {
    const access = await getCenterActionAccess(slug);
    await removeCenterLogo(access, await webClientInfo());
    return null;
  });
}

export async function revokeStaffSessionAction(slug: string, input: RevokeStaffSessionInput) {
  return runAction(async () => {
    const access = await getCenterActionAccess(slug);
    await revokeStaffSession(access, input, await webClientInfo());
    return null;
  });
}

/**
 * Deactivates the signed-in person's own account, then ends this browser's sign-in and sends them
 * to the home page. A refusal (last owner, wrong confirmation) comes back as an ActionResult.
 */
export async function deactivateAccountAction(slug: string, input: { confirmation: string }): Promise<ActionResult<null>> {
  const result = await runAction(async () => {
    const access = await getCenterActionAccess(slug);
    await deactivateOwnAccount(access, input, await webClientInfo()).catch(async (error: unknown) => {
      throw await withReadableReason(error);
    });
    return null;
  });
  if (!result.ok) return result;
  // The session row is already revoked; signOut clears the cookie and redirects (a Next redirect).
  await signOut({ redirectTo: "/" });
  return result;
}

/** A last-owner refusal in the reader's language, naming the center that needs another owner. */
async function withReadableReason(error: unknown): Promise<unknown> {
  const details = error instanceof AppError ? (error.details as Record<string, unknown> | undefined) : undefined;
  if (details?.reason !== "last_owner") return error;
  const locale = await currentLocale();
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "centerSettings.deactivate" });
  const center = localized(details.centerNameEn as string | null, details.centerNameMy as string | null, locale) || String(details.centerSlug);
  return new AppError("conflict", { message: t("lastOwner", { center }), details });
}
