import { ZodError } from "zod";
import { formNumber, formText, toPlatformAmount } from "@/components/center/form-values";
import { AppError } from "@/lib/http/errors";
import { describeError, log } from "@/lib/log";

// Reading the coupon forms (plain HTML, no client JavaScript) into the shape of the use cases' zod
// schemas, and turning a failure into the `?error=<AppError code>&reason=` the pages translate.

type Currency = "MMK" | "USD";

/** Myanmar Standard Time is UTC+06:30 all year (no daylight saving). */
const MYANMAR_OFFSET = "+06:30";

/** A `datetime-local` field read as Myanmar time: null when blank, an invalid Date when malformed. */
export function formMyanmarTime(formData: FormData, name: string): Date | null {
  const text = formText(formData, name)?.trim();
  if (text === undefined) return null;
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(text) ? new Date(`${text}:00${MYANMAR_OFFSET}`) : new Date(Number.NaN);
}

const choice = (formData: FormData, name: string): string | undefined => {
  const value = formData.get(name);
  return typeof value === "string" ? value : undefined;
};

/** A typed amount in the currency's everyday unit as the platform's unit; null when blank. */
const formAmount = (formData: FormData, name: string, currency: Currency): number | null => {
  const typed = formNumber(formData, name);
  return typed === undefined ? null : toPlatformAmount(typed, currency);
};

/**
 * The discount fields (code, kind, value, currency), or undefined for each the form did not send:
 * the edit form of a used coupon leaves them out. A fixed value is typed in kyat or dollars.
 */
export function discountFields(formData: FormData, fallbackCurrency: Currency) {
  const currency = (choice(formData, "currency") as Currency | undefined) ?? undefined;
  const kind = choice(formData, "kind");
  const moneyCurrency: Currency = currency === "USD" || currency === "MMK" ? currency : fallbackCurrency;
  const typed = formData.has("value") ? (formNumber(formData, "value") ?? Number.NaN) : undefined;
  return {
    code: formData.has("code") ? (formText(formData, "code") ?? "") : undefined,
    kind,
    currency,
    value: typed === undefined || Number.isNaN(typed) ? typed : kind === "FIXED" ? toPlatformAmount(typed, moneyCurrency) : typed,
  };
}

/** The limits every coupon form has: minimum price, window and caps (blank means none). */
export function limitFields(formData: FormData, currency: Currency) {
  return {
    minPriceAmount: formAmount(formData, "minPriceAmount", currency),
    startsAt: formMyanmarTime(formData, "startsAt"),
    endsAt: formMyanmarTime(formData, "endsAt"),
    maxRedemptions: formNumber(formData, "maxRedemptions") ?? null,
    maxPerUser: formNumber(formData, "maxPerUser") ?? null,
  };
}

// Reasons the pages can say in words (centerCoupons.reasons); anything else shows the code's text.
const REASONS = new Set(["code_taken", "coupon_used", "below_used", "percent_above_100", "ends_before_starts", "code", "kind", "value", "currency", "courseId", "minPriceAmount", "startsAt", "endsAt", "maxRedemptions", "maxPerUser"]);

/** A failed coupon action as query parameters: `error=<AppError code>` and, when known, `reason=`. */
export function failureQuery(error: unknown): string {
  let code: string;
  let reason: string | undefined;
  if (error instanceof ZodError) {
    const issue = error.issues[0];
    code = "validation_failed";
    reason = issue && REASONS.has(issue.message) ? issue.message : String(issue?.path[0] ?? "");
  } else if (error instanceof AppError) {
    code = error.code;
    const detail = Array.isArray(error.details) ? (error.details[0] as { code?: unknown; path?: unknown } | undefined) : undefined;
    if (error.code === "not_found" && detail?.path === "body.courseId") reason = "course_not_found";
    else if (typeof detail?.code === "string") reason = detail.code;
  } else {
    log.error("center.coupon_action_failed", describeError(error));
    code = "internal";
  }
  const search = new URLSearchParams({ error: code });
  if (reason && (REASONS.has(reason) || reason === "course_not_found")) search.set("reason", reason);
  return search.toString();
}
