import { getTranslations } from "next-intl/server";
import type { CenterCouponDetail } from "@/lib/commerce/coupons/manage-coupon-reads";

type Props = {
  /** The coupon being edited; absent on the new-coupon page. */
  coupon?: CenterCouponDetail;
  /** The center's courses, for a new coupon's scope (fixed once created). */
  courses?: { id: string; title: string }[];
  action: (formData: FormData) => Promise<void>;
};

const MYANMAR_OFFSET_MS = 6.5 * 60 * 60 * 1000;
/** A stored moment as the `datetime-local` value in Myanmar time (UTC+06:30, no daylight saving). */
const myanmarInput = (iso: string | null) => (iso ? new Date(new Date(iso).getTime() + MYANMAR_OFFSET_MS).toISOString().slice(0, 16) : "");
/** A platform amount in the currency's everyday unit, as typed in the form. */
const typedAmount = (amount: number | null, currency: "MMK" | "USD") => (amount === null ? "" : currency === "USD" ? (amount / 100).toFixed(2) : String(amount));

/**
 * The new-coupon and edit form: a plain HTML form posting to a server action (works without client
 * JavaScript). A used coupon's code and discount are shown but not sent: they can no longer change.
 */
export async function CouponForm({ coupon, courses, action }: Props) {
  const t = await getTranslations("centerCoupons.form");
  const input = "mt-1 rounded-md border border-slate-300 px-3 py-2";
  const locked = coupon?.everUsed ?? false;
  const currency = coupon?.currency ?? "MMK";
  return (
    <section className="mt-8" aria-labelledby="coupon-form-heading">
      <h3 id="coupon-form-heading" className="text-lg font-semibold">
        {coupon ? t("editTitle") : t("newTitle")}
      </h3>
      <form action={action} className="mt-3 space-y-4" data-testid="coupon-form">
        {locked ? <p className="text-sm text-slate-600">{t("lockedHint")}</p> : null}
        <fieldset disabled={locked} className="flex flex-wrap gap-6">
          <label className="flex flex-col text-sm">
            {t("code")}
            <input name="code" required minLength={3} maxLength={30} autoComplete="off" defaultValue={coupon?.code ?? ""} aria-describedby="code-hint" className={`${input} w-56 font-mono uppercase`} />
          </label>
          <label className="flex flex-col text-sm">
            {t("kind")}
            <select name="kind" defaultValue={coupon?.kind ?? "PERCENT"} className={input}>
              <option value="PERCENT">{t("percent")}</option>
              <option value="FIXED">{t("fixed")}</option>
            </select>
          </label>
          <label className="flex flex-col text-sm">
            {t("value")}
            <input
              name="value"
              required
              inputMode="decimal"
              autoComplete="off"
              defaultValue={coupon ? (coupon.kind === "FIXED" ? typedAmount(coupon.value, coupon.currency) : String(coupon.value)) : ""}
              aria-describedby="value-hint"
              className={`${input} w-32`}
            />
          </label>
          <label className="flex flex-col text-sm">
            {t("currency")}
            <select name="currency" defaultValue={currency} className={input}>
              <option value="MMK">MMK</option>
              <option value="USD">USD</option>
            </select>
          </label>
        </fieldset>
        <p id="code-hint" className="text-sm text-slate-500">
          {t("codeHint")}
        </p>
        <p id="value-hint" className="text-sm text-slate-500">
          {t("valueHint")}
        </p>
        {courses ? (
          <label className="flex flex-col text-sm">
            {t("course")}
            <select name="courseId" defaultValue="" className={`${input} max-w-md`}>
              <option value="">{t("allCourses")}</option>
              {courses.map((course) => (
                <option key={course.id} value={course.id}>
                  {course.title}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <div className="flex flex-wrap gap-6">
          <label className="flex flex-col text-sm">
            {t("minPrice")}
            <input name="minPriceAmount" inputMode="decimal" autoComplete="off" defaultValue={typedAmount(coupon?.minPriceAmount ?? null, currency)} aria-describedby="optional-hint" className={`${input} w-40`} />
          </label>
          <label className="flex flex-col text-sm">
            {t("startsAt")}
            <input name="startsAt" type="datetime-local" defaultValue={myanmarInput(coupon?.startsAt ?? null)} aria-describedby="window-hint" className={input} />
          </label>
          <label className="flex flex-col text-sm">
            {t("endsAt")}
            <input name="endsAt" type="datetime-local" defaultValue={myanmarInput(coupon?.endsAt ?? null)} aria-describedby="window-hint" className={input} />
          </label>
        </div>
        <p id="optional-hint" className="text-sm text-slate-500">
          {t("optionalHint")}
        </p>
        <p id="window-hint" className="text-sm text-slate-500">
          {t("windowHint")}
        </p>
        <div className="flex flex-wrap gap-6">
          <label className="flex flex-col text-sm">
            {t("maxRedemptions")}
            <input name="maxRedemptions" inputMode="numeric" autoComplete="off" defaultValue={coupon?.maxRedemptions ?? ""} aria-describedby="caps-hint" className={`${input} w-32`} />
          </label>
          <label className="flex flex-col text-sm">
            {t("maxPerUser")}
            <input name="maxPerUser" inputMode="numeric" autoComplete="off" defaultValue={coupon?.maxPerUser ?? ""} aria-describedby="caps-hint" className={`${input} w-32`} />
          </label>
        </div>
        <p id="caps-hint" className="text-sm text-slate-500">
          {t("capsHint")}
        </p>
        <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 text-white">
          {coupon ? t("save") : t("create")}
        </button>
      </form>
    </section>
  );
}
