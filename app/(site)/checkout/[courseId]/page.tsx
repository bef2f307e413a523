import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "@/components/site/intent-link";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { PaymentMethods } from "@/components/checkout/payment-methods";
import { PriceSummary } from "@/components/checkout/price-summary";
import { getWebActor } from "@/lib/auth/web-actor";
import { getCourse } from "@/lib/catalog/get-course";
import { validateCoupon, type CouponQuote } from "@/lib/commerce/coupons/validate-coupon";
import { checkoutMethodsFor } from "@/lib/commerce/orders/checkout-methods";
import { AppError, ERROR_STATUS } from "@/lib/http/errors";
import { currentLocale } from "@/lib/i18n/current-locale";
import { formatMoney } from "@/lib/i18n/format-money";
import { applyCouponAction, payAction } from "./actions";
import { checkoutPath, refusalOf } from "./checkout-paths";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("checkout.page");
  return { title: t("title"), robots: { index: false } };
}

type Props = { params: Promise<{ courseId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const COUPON_REASONS = new Set(["not_found", "inactive", "not_started", "ended", "wrong_center", "wrong_course", "below_minimum", "currency_mismatch"]);
const COUPON_ERRORS = new Set(["coupon_invalid", "coupon_exhausted"]);
const first = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);
const isErrorCode = (code: string | undefined): code is keyof typeof ERROR_STATUS => code !== undefined && Object.hasOwn(ERROR_STATUS, code);

/** The current quote of a coupon, or why it does not apply (re-checked on every render: never taken from the URL). */
async function quoteCoupon(input: Parameters<typeof validateCoupon>[0]): Promise<{ quote: CouponQuote } | { error: string; reason?: string }> {
  return validateCoupon(input).then((quote) => ({ quote }), refusalOf);
}

/**
 * The checkout (flows.md, flow 3): the course and its price, an optional coupon, the methods that
 * take the course's currency, and Pay. Plain forms posting to server actions: no client script.
 */
export default async function CheckoutPage({ params, searchParams }: Props) {
  const { courseId } = await params;
  if (!z.uuid().safeParse(courseId).success) notFound();
  const actor = await getWebActor();
  if (!actor) redirect(`/login?next=${encodeURIComponent(checkoutPath(courseId))}`);
  const [locale, query, t, tErrors] = await Promise.all([currentLocale(), searchParams, getTranslations("checkout"), getTranslations("apiErrors")]);
  const course = await getCourse({ courseId, actor, locale }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });

  const methods = checkoutMethodsFor(course.price.currency);
  const requested = first(query.method);
  const selected = methods.find((method) => method === requested) ?? methods[0];
  const coupon = first(query.coupon)?.slice(0, 40);
  let error = first(query.error);
  let reason = first(query.reason);
  const free = course.price.amount === 0;
  // A coupon is re-validated here unless the action just said why it does not apply.
  const couponCheck = coupon && !free && !course.enrolled && !(error && COUPON_ERRORS.has(error)) ? await quoteCoupon({ actor, courseId, code: coupon }) : null;
  if (couponCheck && "error" in couponCheck) ({ error, reason } = couponCheck);
  const quote = couponCheck && "quote" in couponCheck ? couponCheck.quote : null;
  const total = quote?.total ?? course.price.amount;
  // The API's wording for a reused Idempotency-Key speaks to developers; a buyer gets a plain one.
  const message = !error ? null : error === "idempotency_key_reused" ? t("page.formReused") : isErrorCode(error) ? tErrors(error) : t("page.unknownError");
  const detail = error === "coupon_invalid" && reason && COUPON_REASONS.has(reason) ? t(`couponReasons.${reason}`) : null;
  const button = "rounded-md bg-brand-600 px-5 py-2.5 font-medium text-white hover:bg-brand-700";

  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <Link href={`/courses/${course.id}`} className="text-sm text-brand-700 underline">
        ← {t("page.backToCourse")}
      </Link>
      <h1 className="text-2xl font-bold">{t("page.title")}</h1>

      {message ? (
        <div role="alert" data-testid="checkout-error" data-code={error} className="rounded-md bg-red-50 p-3 text-red-800">
          <p>{message}</p>
          {detail ? <p className="text-sm">{detail}</p> : null}
        </div>
      ) : null}

      <section aria-labelledby="course" className="rounded-xl border border-slate-200 p-5">
        <h2 id="course" className="sr-only">{t("page.course")}</h2>
        <p className="text-lg font-semibold" data-testid="checkout-course">{course.title}</p>
        <p className="mb-4 text-sm text-slate-600">
          {t("page.center")}:{" "}
          <Link href={`/centers/${course.center.slug}`} className="text-brand-700 underline">
            {course.center.name}
          </Link>
        </p>
        <PriceSummary amount={course.price.amount} discount={quote?.discount ?? 0} total={total} currency={course.price.currency} locale={locale} />
      </section>

      {course.enrolled ? (
        <p role="status" className="rounded-md bg-green-50 p-3 text-green-800">
          {t("page.alreadyEnrolled")}{" "}
          <Link href="/learn" className="font-medium underline">
            {t("page.continueLearning")}
          </Link>
        </p>
      ) : !selected ? (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-red-800">{t("page.noMethod", { currency: course.price.currency })}</p>
      ) : (
        <form action={payAction} className="space-y-6">
          <input type="hidden" name="courseId" value={course.id} />
          {/* Made once per render: a double submit of this form finds the order the first one made. */}
          <input type="hidden" name="idempotencyKey" value={randomUUID()} />
          {free ? (
            <input type="hidden" name="provider" value={selected} />
          ) : (
            <>
              <div className="space-y-2">
                <label htmlFor="couponCode" className="block font-semibold">{t("page.couponLabel")}</label>
                <div className="flex flex-wrap gap-2">
                  <input id="couponCode" name="couponCode" defaultValue={coupon ?? ""} maxLength={40} autoComplete="off" className="w-56 rounded-md border border-slate-300 px-3 py-2 uppercase" />
                  {/* First submit button of the form: Enter in the coupon field applies it, never pays. */}
                  <button type="submit" formAction={applyCouponAction} formNoValidate className="rounded-md border border-slate-300 px-4 py-2">
                    {t("page.apply")}
                  </button>
                </div>
                {quote ? (
                  <p role="status" data-testid="coupon-applied" className="text-sm text-green-700">
                    {t("page.couponApplied", { code: quote.code, discount: formatMoney({ amount: quote.discount, currency: quote.currency }, locale) })}{" "}
                    <Link href={checkoutPath(course.id, { method: selected })} className="underline">
                      {t("page.removeCoupon")}
                    </Link>
                  </p>
                ) : null}
              </div>
              <PaymentMethods methods={methods} selected={selected} />
            </>
          )}
          <button type="submit" data-testid="pay-button" className={button}>
            {total === 0 ? t("page.enrolFree") : t("page.pay", { total: formatMoney({ amount: total, currency: course.price.currency }, locale) })}
          </button>
          {free ? null : <p className="text-sm text-slate-600">{t("page.redirectNote")}</p>}
        </form>
      )}

      <p className="text-sm">
        <Link href={`/centers/${course.center.slug}/refund-policy`} className="text-brand-700 underline">
          {t("page.refundPolicy", { center: course.center.name })}
        </Link>
      </p>
    </div>
  );
}
