"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { webClientInfo } from "@/lib/access/center-action";
import { getWebActor } from "@/lib/auth/web-actor";
import { AppError } from "@/lib/http/errors";
import { deadLetterAction, resolveDeadLetter } from "@/lib/outbox/dead-letters";

/** Retry or discard one parked outbox row (plain form, works without JavaScript). */
export async function resolveDeadLetterAction(formData: FormData): Promise<void> {
  const actor = await getWebActor();
  if (!actor) redirect("/login?next=/admin/outbox");
  const input = deadLetterAction.safeParse({ id: formData.get("id"), action: formData.get("action") });
  let done = "";
  if (input.success) {
    try {
      await resolveDeadLetter(actor, input.data, await webClientInfo());
      done = input.data.action;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
    }
  }
  revalidatePath("/admin/outbox");
  redirect(`/admin/outbox?${done ? `done=${done}` : "error=gone"}`);
}
