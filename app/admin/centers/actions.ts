"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { webClientInfo } from "@/lib/access/center-action";
import { adminErrorCode } from "@/lib/admin/admin-page";
import { setCenterStatus } from "@/lib/admin/centers/set-center-status";
import { getWebActor } from "@/lib/auth/web-actor";

const PATH = "/admin/centers";

/** Approve, suspend or reinstate one center (plain form, works without JavaScript). */
export async function centerStatusAction(formData: FormData): Promise<void> {
  const actor = await getWebActor();
  if (!actor) redirect(`/login?next=${PATH}`);
  const action = String(formData.get("action") ?? "");
  let outcome: string;
  try {
    await setCenterStatus(actor, { centerId: String(formData.get("centerId") ?? ""), action: action as "approve" }, await webClientInfo());
    outcome = `done=${action}`;
  } catch (error) {
    outcome = `error=${adminErrorCode(error)}`;
  }
  revalidatePath(PATH);
  redirect(`${PATH}?${outcome}`);
}
