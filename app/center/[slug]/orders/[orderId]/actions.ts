"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { ZodError } from "zod";
import { formNumber, formText, toPlatformAmount } from "@/components/center/form-values";
import { getCenterAccess } from "@/lib/access/center-scope";
import { getWebActor } from "@/lib/auth/web-actor";
import { getCenterOrder } from "@/lib/commerce/orders/get-center-order";
import { refundOrder, refundOrderInput } from "@/lib/commerce/refunds/refund-order";
import { rejectRefundRequest, rejectRefundRequestInput } from "@/lib/commerce/refunds/reject-refund-request";
import { AppError } from "@/lib/http/errors";
import { readClientInfo } from "@/lib/http/read-client-info";
import { requestIdFrom } from "@/lib/http/request-context";
import { currentLocale } from "@/lib/i18n/current-locale";
import { describeError, log } from "@/lib/log";

// The refund form of an order's page. The slug and order id it is bound to are only names: the
// session decides the access (getCenterAccess), refundOrder the rest, under the order's row lock.

/** Refunds the order fully (mode=full) or by the typed amount, then shows the outcome on its page. */
export async function refundOrderAction(slug: string, orderId: string, formData: FormData): Promise<never> {
  const path = `/center/${encodeURIComponent(slug)}/orders/${encodeURIComponent(orderId)}`;
  const actor = await getWebActor();
  if (!actor) redirect(`/login?next=${encodeURIComponent(path)}`);
  let outcome: string;
  try {
    const access = await getCenterAccess(actor, slug);
    // The amount is typed in kyat (or dollars): the order's currency says how to read it.
    const { currency } = await getCenterOrder(access, { orderId }, await currentLocale());
    const partial = formData.get("mode") === "partial";
    const typed = partial ? (formNumber(formData, "amount") ?? Number.NaN) : undefined;
    const input = refundOrderInput.parse({
      orderId,
      amount: typed === undefined ? undefined : toPlatformAmount(typed, currency),
      reason: formText(formData, "reason") ?? "",
      manualReference: formText(formData, "manualReference"),
      // The checkbox the form shows only outside the order's terms (the center's discretion).
      discretionary: formData.get("discretionary") === "true",
    });
    const requestHeaders = await headers();
    const result = await refundOrder(access, input, readClientInfo(requestHeaders, { platform: "WEB" }, requestIdFrom(requestHeaders)));
    outcome = `notice=${result.status.toLowerCase()}`;
  } catch (error) {
    const { code, reason } = describeFailure(error);
    outcome = `error=${code}${reason ? `&reason=${reason}` : ""}`;
  }
  redirect(`${path}?${outcome}`);
}

/** Declines a student's open refund request (outside the order's terms only), with the reason the student sees. */
export async function rejectRefundRequestAction(slug: string, orderId: string, refundId: string, formData: FormData): Promise<never> {
  const path = `/center/${encodeURIComponent(slug)}/orders/${encodeURIComponent(orderId)}`;
  const actor = await getWebActor();
  if (!actor) redirect(`/login?next=${encodeURIComponent(path)}`);
  let outcome: string;
  try {
    const access = await getCenterAccess(actor, slug);
    const input = rejectRefundRequestInput.parse({ refundId, reason: formText(formData, "reason") ?? "" });
    const requestHeaders = await headers();
    await rejectRefundRequest(access, input, readClientInfo(requestHeaders, { platform: "WEB" }, requestIdFrom(requestHeaders)));
    outcome = "notice=rejected";
  } catch (error) {
    const { code, reason } = describeFailure(error);
    outcome = `error=${code}${reason ? `&reason=${reason === "reason_required" ? "rejection_reason_required" : reason}` : ""}`;
  }
  redirect(`${path}?${outcome}`);
}

const FIELD_REASONS: Record<string, string> = { amount: "amount_invalid", reason: "reason_required", manualReference: "manual_reference_required" };

function describeFailure(error: unknown): { code: string; reason?: string } {
  if (error instanceof ZodError) {
    const field = String(error.issues[0]?.path[0] ?? "");
    return { code: "validation_failed", reason: FIELD_REASONS[field] };
  }
  if (!(error instanceof AppError)) {
    log.error("center.refund_action_failed", describeError(error));
    return { code: "internal" };
  }
  const detail = Array.isArray(error.details) ? (error.details[0] as { code?: unknown; path?: unknown } | undefined) : undefined;
  if ((error.code === "refund_not_allowed" || error.code === "conflict") && typeof detail?.code === "string") return { code: error.code, reason: detail.code };
  if (error.code === "validation_failed" && detail?.path === "body.manualReference") return { code: error.code, reason: "manual_reference_required" };
  return { code: error.code };
}
