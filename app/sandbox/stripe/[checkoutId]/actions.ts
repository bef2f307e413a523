"use server";

import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import {
  cancelUrlOfStripeSandboxCheckout,
  resendStripeSandboxEvent,
  settleStripeSandboxCheckout,
} from "@/lib/commerce/providers/stripe/sandbox-gateway";
import { isProduction } from "@/lib/env";
import { AppError } from "@/lib/http/errors";

const checkoutForm = z.object({ checkoutId: z.string().regex(/^cs_test_[A-Za-z0-9]{1,100}$/) });
const settleForm = checkoutForm.extend({ decision: z.enum(["pay", "decline", "expire"]) });

function read<T extends z.ZodType>(schema: T, formData: FormData): z.infer<T> {
  if (isProduction()) notFound();
  const parsed = schema.safeParse({ checkoutId: formData.get("checkoutId") ?? undefined, decision: formData.get("decision") ?? undefined });
  if (!parsed.success) notFound();
  return parsed.data;
}

/** Back to the sandbox page, which shows the new state and the callback's HTTP result. */
function backToPage(checkoutId: string, error?: string): never {
  redirect(`/sandbox/stripe/${encodeURIComponent(checkoutId)}${error ? `?error=${error}` : ""}`);
}

/**
 * A second click, or a resend before anything was sent, is shown on the page rather than thrown;
 * an unknown checkout lands on the page's "no such test payment".
 */
async function run(checkoutId: string, action: () => Promise<unknown>): Promise<never> {
  try {
    await action();
  } catch (error) {
    if (error instanceof AppError && error.code === "conflict") backToPage(checkoutId, "conflict");
    if (error instanceof AppError && error.code === "not_found") backToPage(checkoutId);
    throw error;
  }
  backToPage(checkoutId);
}

/** Pay / Decline / Let it expire: settles the test payment once and delivers Stripe's event. */
export async function settleAction(formData: FormData) {
  const { checkoutId, decision } = read(settleForm, formData);
  await run(checkoutId, () => settleStripeSandboxCheckout(checkoutId, decision));
}

/** Send the last event again (same id and body, fresh signature). */
export async function resendAction(formData: FormData) {
  const { checkoutId } = read(checkoutForm, formData);
  await run(checkoutId, () => resendStripeSandboxEvent(checkoutId));
}

/** Cancel: Stripe sends the buyer to cancel_url and no event. */
export async function cancelAction(formData: FormData) {
  const { checkoutId } = read(checkoutForm, formData);
  const url = await cancelUrlOfStripeSandboxCheckout(checkoutId).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") backToPage(checkoutId);
    throw error;
  });
  if (!/^https?:\/\//i.test(url)) notFound();
  redirect(url);
}
