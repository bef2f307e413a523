"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getWebActor } from "@/lib/auth/web-actor";
import { toAppError } from "@/lib/http/map-error";
import { deleteConversationData, endHandover, replyAsOperator } from "@/lib/messenger/inbox/operator-actions";

const BASE = "/admin/support";

// Plain forms (they work without JavaScript): success and failure both come back as a redirect,
// a failure as ?error=<code> that the page shows in the operator's language.
async function run(conversationId: string, work: () => Promise<unknown>): Promise<string | null> {
  try {
    await work();
    return null;
  } catch (error) {
    const { appError, unexpected } = toAppError(error);
    if (unexpected) throw error;
    return `${BASE}/${encodeURIComponent(conversationId)}?error=${appError.code}`;
  }
}

/** The operator's answer on Messenger (form fields: text). */
export async function replyAction(conversationId: string, formData: FormData): Promise<void> {
  const actor = await getWebActor();
  const failed = await run(conversationId, () => replyAsOperator(actor, { conversationId, text: String(formData.get("text") ?? "") }));
  revalidatePath(BASE);
  redirect(failed ?? `${BASE}/${encodeURIComponent(conversationId)}`);
}

/** "Hand back to the bot". */
export async function handBackAction(conversationId: string): Promise<void> {
  const actor = await getWebActor();
  const failed = await run(conversationId, () => endHandover(actor, { conversationId, close: false }));
  revalidatePath(BASE);
  redirect(failed ?? `${BASE}/${encodeURIComponent(conversationId)}`);
}

/** "Close". */
export async function closeAction(conversationId: string): Promise<void> {
  const actor = await getWebActor();
  const failed = await run(conversationId, () => endHandover(actor, { conversationId, close: true }));
  revalidatePath(BASE);
  redirect(failed ?? `${BASE}/${encodeURIComponent(conversationId)}`);
}

/** "Delete all data of this person" (after the confirm step); back to the list with the request's code. */
export async function deleteDataAction(conversationId: string): Promise<void> {
  const actor = await getWebActor();
  let code = "";
  const failed = await run(conversationId, async () => {
    code = (await deleteConversationData(actor, conversationId)).confirmationCode;
  });
  revalidatePath(BASE);
  redirect(failed ?? `${BASE}?deleted=${code}`);
}
