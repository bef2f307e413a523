"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { ZodError } from "zod";
import { getWebActor } from "@/lib/auth/web-actor";
import { requestRefund } from "@/lib/commerce/refunds/request-refund";
import { AppError } from "@/lib/http/errors";
import { readClientInfo } from "@/lib/http/read-client-info";
import { requestIdFrom } from "@/lib/http/request-context";
import { describeError, log } from "@/lib/log";

const SHOWN_ERRORS = new Set(["conflict", "refund_not_allowed", "validation_failed"]);

/** The receipt's "Request a refund": the session decides whose order it is (requestRefund: 404 for anyone else's). */
export async function requestRefundAction(orderId: string, formData: FormData): Promise<never> {
  const path = `/account/orders/${encodeURIComponent(orderId)}`;
  const actor = await getWebActor();
  if (!actor) redirect(`/login?next=${encodeURIComponent(path)}`);
  let outcome: string;
  try {
    const requestHeaders = await headers();
    const reason = formData.get("reason");
    const result = await requestRefund({ actor, orderId, reason: typeof reason === "string" ? reason : "", client: readClientInfo(requestHeaders, { platform: "WEB" }, requestIdFrom(requestHeaders)) });
    outcome = `refund=${result.status === "requested" ? "requested" : "succeeded"}`;
  } catch (error) {
    if (error instanceof ZodError) outcome = "refundError=validation_failed";
    else if (error instanceof AppError && error.code === "not_found") outcome = "refundError=unknown";
    else if (error instanceof AppError && SHOWN_ERRORS.has(error.code)) outcome = `refundError=${error.code}`;
    else {
      log.error("account.refund_request_failed", describeError(error));
      outcome = "refundError=unknown";
    }
  }
  redirect(`${path}?${outcome}#refund-request-heading`);
}
