"use server";

import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { getWebActor } from "@/lib/auth/web-actor";
import { validateCoupon, validateCouponInput } from "@/lib/commerce/coupons/validate-coupon";
import { createOrder, createOrderInput, idempotencyKeySchema } from "@/lib/commerce/orders/create-order";
import { currentLocale } from "@/lib/i18n/current-locale";
import { checkoutPath, nextStepAfterOrder, refusalOf } from "./checkout-paths";

const payForm = createOrderInput.extend({ idempotencyKey: idempotencyKeySchema });
const provider = createOrderInput.shape.provider;

/** A form field as text, or undefined when absent or blank. */
function text(formData: FormData, name: string): string | undefined {
  const value = formData.get(name);
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

async function start(formData: FormData) {
  const courseId = text(formData, "courseId") ?? "";
  if (!z.uuid().safeParse(courseId).success) notFound();
  const actor = await getWebActor();
  if (!actor) redirect(`/login?next=${encodeURIComponent(checkoutPath(courseId))}`);
  const method = provider.safeParse(text(formData, "provider")).data;
  return { courseId, actor, method, coupon: text(formData, "couponCode")?.slice(0, 40) };
}

/** The refusal to show on the page; a course that cannot be bought (any more) is a 404. */
function refusal(error: unknown) {
  const refused = refusalOf(error);
  if (refused.error === "not_found") notFound();
  return refused;
}

/** "Apply": the same check as POST /api/v1/coupons/validate; the page then shows the new total or why not. */
export async function applyCouponAction(formData: FormData) {
  const { courseId, actor, method, coupon } = await start(formData);
  if (!coupon) redirect(checkoutPath(courseId, { method }));
  const parsed = validateCouponInput.safeParse({ courseId, code: coupon });
  if (!parsed.success) redirect(checkoutPath(courseId, { method, coupon, error: "coupon_invalid" }));
  const outcome = await validateCoupon({ actor, ...parsed.data }).then((quote) => ({ code: quote.code }), refusal);
  redirect(checkoutPath(courseId, { method, ...("code" in outcome ? { coupon: outcome.code } : { coupon, ...outcome }) }));
}

/**
 * "Pay": the same createOrder as POST /api/v1/orders. The Idempotency-Key was made when the page
 * rendered, so a double submit finds the order the first one made. Then to the QR / provider page.
 */
export async function payAction(formData: FormData) {
  const { courseId, actor, method, coupon } = await start(formData);
  const parsed = payForm.safeParse({ courseId, provider: method, couponCode: coupon, idempotencyKey: text(formData, "idempotencyKey") });
  if (!parsed.success) redirect(checkoutPath(courseId, { method, coupon, error: "validation_failed" }));
  const { idempotencyKey, ...input } = parsed.data;
  const outcome = await createOrder({ actor, locale: await currentLocale(), idempotencyKey, ...input }).then((order) => ({ order }), refusal);
  if ("error" in outcome) redirect(checkoutPath(courseId, { method, coupon, ...outcome }));
  redirect(nextStepAfterOrder(outcome.order));
}
