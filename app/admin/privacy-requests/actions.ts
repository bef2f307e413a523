"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { webClientInfo } from "@/lib/access/center-action";
import { adminErrorCode } from "@/lib/admin/admin-page";
import { deleteChatbotDataByPsid } from "@/lib/admin/privacy-requests/delete-chatbot-data-by-psid";
import { getWebActor } from "@/lib/auth/web-actor";

const PATH = "/admin/privacy-requests";

/** "Delete chatbot data by Messenger id" (policy M5), after the required confirmation box. */
export async function deleteByPsidAction(formData: FormData): Promise<void> {
  const actor = await getWebActor();
  if (!actor) redirect(`/login?next=${PATH}`);
  let outcome: string;
  if (formData.get("confirmed") !== "yes") {
    outcome = "error=validation_failed";
  } else {
    try {
      const { confirmationCode } = await deleteChatbotDataByPsid(actor, { psid: String(formData.get("psid") ?? "") }, await webClientInfo());
      outcome = `deleted=${confirmationCode}`;
    } catch (error) {
      // The PSID itself never goes back into the address.
      outcome = `error=${adminErrorCode(error)}`;
    }
  }
  revalidatePath(PATH);
  redirect(`${PATH}?${outcome}`);
}
