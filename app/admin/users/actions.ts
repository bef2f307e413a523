"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { webClientInfo } from "@/lib/access/center-action";
import { adminErrorCode } from "@/lib/admin/admin-page";
import { setUserStatus } from "@/lib/admin/users/set-user-status";
import { getWebActor } from "@/lib/auth/web-actor";

/** Deactivate (after the required confirmation box) or reactivate one account. */
export async function userStatusAction(userId: string, formData: FormData): Promise<void> {
  const path = `/admin/users/${encodeURIComponent(userId)}`;
  const actor = await getWebActor();
  if (!actor) redirect(`/login?next=${encodeURIComponent(path)}`);
  const action = formData.get("action") === "reactivate" ? "reactivate" : "deactivate";
  let outcome: string;
  if (action === "deactivate" && formData.get("confirmed") !== "yes") {
    outcome = "error=validation_failed";
  } else {
    try {
      await setUserStatus(actor, { userId, action }, await webClientInfo());
      outcome = `done=${action}`;
    } catch (error) {
      outcome = `error=${adminErrorCode(error)}`;
    }
  }
  revalidatePath(path);
  redirect(`${path}?${outcome}`);
}
