"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getWebActor } from "@/lib/auth/web-actor";
import { AppError } from "@/lib/http/errors";
import { acknowledgePolicy } from "@/lib/privacy/policies/acknowledge-policy";

const input = z.object({ policyVersionId: z.uuid() });

/**
 * The banner's "I have read it" (a plain form: without JavaScript the browser posts to the page it
 * is on and gets it back re-rendered, without the banner). An unknown or draft id changes nothing.
 */
export async function acknowledgePolicyAction(formData: FormData): Promise<void> {
  const actor = await getWebActor();
  if (!actor) redirect("/login");
  const parsed = input.safeParse({ policyVersionId: formData.get("policyVersionId") });
  if (parsed.success) {
    await acknowledgePolicy({ actor, policyVersionId: parsed.data.policyVersionId }).catch((error: unknown) => {
      if (!(error instanceof AppError)) throw error;
    });
  }
  revalidatePath("/", "layout");
}
