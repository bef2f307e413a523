"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { signOut } from "@/lib/auth/next-auth";
import { getWebActor } from "@/lib/auth/web-actor";
import { AppError } from "@/lib/http/errors";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { updateProfileInput } from "@/lib/profile/profile-dto";
import { removeProfilePhoto, setProfilePhoto } from "@/lib/profile/set-profile-photo";
import { updateProfile } from "@/lib/profile/update-profile";


async function requireActor() {
  const actor = await getWebActor();
  if (!actor) redirect("/login?next=/account");
  return actor;
}

function fail(error: unknown): never {
  if (error instanceof AppError) redirect(`/account?error=${error.code}`);
  throw error;
}

/** The profile form: the same zod schema and domain function as PATCH /api/v1/me. */
export async function saveProfile(formData: FormData) {
  const actor = await requireActor();
  const parsed = updateProfileInput.safeParse({
    name: formData.get("name") ?? undefined,
    locale: formData.get("locale") ?? undefined,
    categoryIds: formData.getAll("categoryIds").map(String),
    professionIds: formData.getAll("professionIds").map(String),
  });
  if (!parsed.success) redirect("/account?error=validation_failed");
  const profile = await updateProfile(actor.userId, parsed.data).catch(fail);
  // The saved language becomes the site's language too.
  (await cookies()).set(LOCALE_COOKIE, profile.locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
  redirect("/account?saved=1");
}

const photoFile = z.instanceof(File).refine((file) => file.size > 0);

export async function uploadPhoto(formData: FormData) {
  const actor = await requireActor();
  const file = photoFile.safeParse(formData.get("photo"));
  if (!file.success) redirect("/account?error=validation_failed");
  await setProfilePhoto(actor.userId, new Uint8Array(await file.data.arrayBuffer())).catch(fail);
  redirect("/account?saved=1");
}

export async function removePhoto() {
  const actor = await requireActor();
  await removeProfilePhoto(actor.userId).catch(fail);
  redirect("/account?saved=1");
}

export async function signOutAction() {
  await signOut({ redirectTo: "/" });
}
