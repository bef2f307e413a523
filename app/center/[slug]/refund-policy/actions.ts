"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { ZodError } from "zod";
import { formNumber, formText } from "@/components/center/form-values";
import { getCenterAccess } from "@/lib/access/center-scope";
import { getWebActor } from "@/lib/auth/web-actor";
import { setRefundPolicy, setRefundPolicyInput } from "@/lib/commerce/refunds/set-refund-policy";
import { AppError } from "@/lib/http/errors";
import { readClientInfo } from "@/lib/http/read-client-info";
import { requestIdFrom } from "@/lib/http/request-context";
import { describeError, log } from "@/lib/log";

/** Publishes the form's refund terms (re-authorized from the session), then shows the outcome. */
export async function publishRefundPolicyAction(slug: string, formData: FormData): Promise<never> {
  const path = `/center/${encodeURIComponent(slug)}/refund-policy`;
  const actor = await getWebActor();
  if (!actor) redirect(`/login?next=${encodeURIComponent(path)}`);
  let outcome: string;
  try {
    const access = await getCenterAccess(actor, slug);
    const input = setRefundPolicyInput.parse({
      // A blank window is not "no window": it must be typed (0 allowed).
      refundWindowDays: formNumber(formData, "refundWindowDays") ?? Number.NaN,
      maxProgressPercent: formNumber(formData, "maxProgressPercent") ?? null,
      termsEn: formText(formData, "termsEn") ?? null,
      termsMy: formText(formData, "termsMy") ?? null,
    });
    const requestHeaders = await headers();
    await setRefundPolicy(access, input, readClientInfo(requestHeaders, { platform: "WEB" }, requestIdFrom(requestHeaders)));
    outcome = "notice=published";
  } catch (error) {
    if (error instanceof ZodError) outcome = "error=validation_failed";
    else if (error instanceof AppError && (error.code === "forbidden" || error.code === "not_found")) outcome = "error=forbidden";
    else {
      log.error("center.refund_policy_action_failed", describeError(error));
      outcome = "error=unknown";
    }
  }
  redirect(`${path}?${outcome}`);
}
