"use server";

import { redirect } from "next/navigation";
import { signOut } from "@/lib/auth/next-auth";
import { getWebActor } from "@/lib/auth/web-actor";
import { AppError } from "@/lib/http/errors";
import { deleteAccount } from "@/lib/privacy/delete-account";
import { deleteAccountForm } from "@/lib/privacy/deletion/delete-account-input";

const PATH = "/account/delete";

/** Where a refusal sends the person back to, with a reason the page knows how to explain. */
function refusal(error: unknown): string {
  if (!(error instanceof AppError)) throw error;
  const details = error.details as { reason?: unknown; centerSlug?: unknown } | undefined;
  if (details?.reason === "last_owner" && typeof details.centerSlug === "string") {
    return `${PATH}?error=last_owner&center=${encodeURIComponent(details.centerSlug)}`;
  }
  return `${PATH}?error=${error.code}`;
}

/** Delete My Account on the web: the same schema and domain function as DELETE /api/v1/me. */
export async function deleteAccountAction(formData: FormData) {
  const actor = await getWebActor();
  if (!actor) redirect(`/login?next=${PATH}`);
  const parsed = deleteAccountForm.safeParse({ confirmation: formData.get("confirmation") ?? "" });
  if (!parsed.success) redirect(`${PATH}?error=confirmation_mismatch`);
  const back = await deleteAccount({ userId: actor.userId, reason: "USER_REQUEST", actorUserId: actor.userId }).then(
    () => null,
    refusal,
  );
  if (back) redirect(back);
  // Every session row is already revoked; signOut clears this browser's cookie and redirects.
  await signOut({ redirectTo: `${PATH}/done` });
}
