import { getTranslations } from "next-intl/server";
import { ERROR_STATUS, type ErrorCode } from "@/lib/http/errors";

const NOTICES = ["succeeded", "processing"] as const;
const REASONS = ["not_paid", "more_than_refundable", "outside_window", "too_much_progress", "amount_invalid", "reason_required", "manual_reference_required"] as const;
// Answers to a student's request (the Decline form).
const REQUEST_REASONS = { entitled: "entitled", not_open: "not_open", rejection_reason_required: "reason_required" } as const;

const pick = <T extends string>(list: readonly T[], value: string | undefined): T | undefined => list.find((item) => item === value);
const isErrorCode = (value: string | undefined): value is ErrorCode => value !== undefined && Object.hasOwn(ERROR_STATUS, value);

/**
 * The outcome of the refund and decline forms (`?notice=` or `?error=<AppError code>&reason=`): the error's
 * translation, and the reason in words when there is one. Unknown values show nothing.
 */
export async function RefundFlash({ notice, error, reason }: { notice?: string; error?: string; reason?: string }) {
  const [t, tRequests, tErrors] = await Promise.all([getTranslations("centerOrders.refund"), getTranslations("centerOrders.requests"), getTranslations("apiErrors")]);
  if (isErrorCode(error)) {
    const reasonKey = pick(REASONS, reason);
    const requestReasonKey = reason && Object.hasOwn(REQUEST_REASONS, reason) ? REQUEST_REASONS[reason as keyof typeof REQUEST_REASONS] : undefined;
    return (
      <div role="alert" className="mt-4 rounded-md bg-red-50 p-3 text-red-900" data-testid="refund-error" data-code={error}>
        <p>{tErrors(error)}</p>
        {reasonKey ? <p className="mt-1 font-medium">{t(`reasons.${reasonKey}`)}</p> : null}
        {requestReasonKey ? <p className="mt-1 font-medium">{tRequests(`reasons.${requestReasonKey}`)}</p> : null}
      </div>
    );
  }
  if (notice === "rejected") {
    return (
      <p role="status" className="mt-4 rounded-md bg-emerald-50 p-3 text-emerald-900" data-testid="refund-notice">
        {tRequests("notice.rejected")}
      </p>
    );
  }
  const noticeKey = pick(NOTICES, notice);
  if (!noticeKey) return null;
  return (
    <p role="status" className="mt-4 rounded-md bg-emerald-50 p-3 text-emerald-900" data-testid="refund-notice">
      {t(`notice.${noticeKey}`)}
    </p>
  );
}
