import { getTranslations } from "next-intl/server";
import { ERROR_STATUS, type ErrorCode } from "@/lib/http/errors";

const NOTICES = ["created", "updated", "disabled", "enabled"] as const;
const REASONS = [
  "code_taken",
  "coupon_used",
  "below_used",
  "percent_above_100",
  "ends_before_starts",
  "course_not_found",
  "code",
  "kind",
  "value",
  "currency",
  "courseId",
  "minPriceAmount",
  "startsAt",
  "endsAt",
  "maxRedemptions",
  "maxPerUser",
] as const;

const pick = <T extends string>(list: readonly T[], value: string | undefined): T | undefined => list.find((item) => item === value);
const isErrorCode = (value: string | undefined): value is ErrorCode => value !== undefined && Object.hasOwn(ERROR_STATUS, value);

/** The outcome of a coupon form (`?notice=` or `?error=<AppError code>&reason=`); unknown values show nothing. */
export async function CouponFlash({ notice, error, reason }: { notice?: string; error?: string; reason?: string }) {
  const [t, tErrors] = await Promise.all([getTranslations("centerCoupons"), getTranslations("apiErrors")]);
  if (isErrorCode(error)) {
    const reasonKey = pick(REASONS, reason);
    return (
      <div role="alert" className="mt-4 rounded-md bg-red-50 p-3 text-red-900" data-testid="coupon-error" data-code={error}>
        <p>{tErrors(error)}</p>
        {reasonKey ? <p className="mt-1 font-medium">{t(`reasons.${reasonKey}`)}</p> : null}
      </div>
    );
  }
  const noticeKey = pick(NOTICES, notice);
  if (!noticeKey) return null;
  return (
    <p role="status" className="mt-4 rounded-md bg-emerald-50 p-3 text-emerald-900" data-testid="coupon-notice">
      {t(`notice.${noticeKey}`)}
    </p>
  );
}
