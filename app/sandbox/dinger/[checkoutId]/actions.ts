"use server";

import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import {
  DINGER_SANDBOX_DECISIONS,
  DINGER_SANDBOX_METHOD_IDS,
  resendDingerSandboxCallback,
  settleDingerSandboxCheckout,
  type DingerSandboxRequest,
} from "@/lib/commerce/providers/dinger/sandbox-gateway";
import { isProduction } from "@/lib/env";

const checkoutForm = z.object({
  checkoutId: z.string().min(1).max(120),
  payload: z.string().min(1).max(16_000),
  hashValue: z.string().max(200),
});
const settleForm = checkoutForm.extend({
  decision: z.enum(DINGER_SANDBOX_DECISIONS),
  method: z.enum(DINGER_SANDBOX_METHOD_IDS),
});

function read<T extends z.ZodType>(schema: T, formData: FormData): z.infer<T> {
  if (isProduction()) notFound();
  const parsed = schema.safeParse(Object.fromEntries(["checkoutId", "payload", "hashValue", "decision", "method"].map((k) => [k, formData.get(k) ?? undefined])));
  if (!parsed.success) notFound();
  return parsed.data;
}

/** Back to the same sandbox page (same payload), which shows the new state and the callback's HTTP result. */
function backToPage({ checkoutId, payload, hashValue }: DingerSandboxRequest): never {
  redirect(`/sandbox/dinger/${encodeURIComponent(checkoutId)}?payload=${encodeURIComponent(payload)}&hashValue=${encodeURIComponent(hashValue)}`);
}

/** Pay / Decline / Cancel / Let it expire. */
export async function settleAction(formData: FormData) {
  const input = read(settleForm, formData);
  await settleDingerSandboxCheckout(input);
  backToPage(input);
}

/** Send the callback again (the same bytes). */
export async function resendAction(formData: FormData) {
  const input = read(checkoutForm, formData);
  await resendDingerSandboxCallback(input);
  backToPage(input);
}
