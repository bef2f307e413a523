"use server";

import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { actOnKbzSandboxCheckout, KBZ_SANDBOX_ACTIONS } from "@/lib/commerce/providers/kbzpay/sandbox-checkout";
import { isProduction } from "@/lib/env";

const actionForm = z.object({
  checkoutId: z.string().min(1).max(120),
  action: z.enum(KBZ_SANDBOX_ACTIONS),
});

/**
 * Pay / Pay via MMQR / Decline / Cancel / Let it expire / Send the callback again. Back to the same
 * page, which shows the new state; the webhook's reply body travels in the query (display only).
 */
export async function kbzpaySandboxAction(formData: FormData) {
  if (isProduction()) notFound();
  const parsed = actionForm.safeParse({ checkoutId: formData.get("checkoutId"), action: formData.get("action") });
  if (!parsed.success) notFound();
  const { checkoutId, action } = parsed.data;
  const outcome = await actOnKbzSandboxCheckout(checkoutId, action);
  if (outcome.kind === "not_found") notFound();
  const page = `/sandbox/kbzpay/${encodeURIComponent(checkoutId)}`;
  redirect(outcome.kind === "delivered" ? `${page}?reply=${encodeURIComponent(outcome.delivery.body.slice(0, 200))}` : page);
}
