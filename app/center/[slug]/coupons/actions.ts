"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { formText } from "@/components/center/form-values";
import { getCenterAccess } from "@/lib/access/center-scope";
import { getWebActor } from "@/lib/auth/web-actor";
import { getCenterCoupon } from "@/lib/commerce/coupons/manage-coupon-reads";
import { createCouponInput, setCouponActiveInput, updateCouponInput } from "@/lib/commerce/coupons/manage-coupon-schemas";
import { createCoupon, setCouponActive, updateCoupon } from "@/lib/commerce/coupons/manage-coupons";
import type { ClientInfo } from "@/lib/http/client-info";
import { readClientInfo } from "@/lib/http/read-client-info";
import { requestIdFrom } from "@/lib/http/request-context";
import { currentLocale } from "@/lib/i18n/current-locale";
import { discountFields, failureQuery, limitFields } from "./form-input";

// The coupon forms. The slug and coupon id they are bound to are only names: the session decides
// the access (getCenterAccess), the use case the rest. Each ends in a redirect with the outcome.

const couponsPath = (slug: string) => `/center/${encodeURIComponent(slug)}/coupons`;

async function signedIn(path: string) {
  const actor = await getWebActor();
  if (!actor) redirect(`/login?next=${encodeURIComponent(path)}`);
  return actor;
}

async function webClient(): Promise<ClientInfo> {
  const requestHeaders = await headers();
  return readClientInfo(requestHeaders, { platform: "WEB" }, requestIdFrom(requestHeaders));
}

/** Creates a coupon from the new-coupon form, then opens its page (or the form again with the error). */
export async function createCouponAction(slug: string, formData: FormData): Promise<never> {
  const actor = await signedIn(`${couponsPath(slug)}/new`);
  let target: string;
  try {
    const access = await getCenterAccess(actor, slug);
    const discount = discountFields(formData, "MMK");
    const currency = discount.currency === "USD" ? "USD" : "MMK";
    const input = createCouponInput.parse({ ...discount, code: discount.code ?? "", courseId: formText(formData, "courseId") ?? null, ...limitFields(formData, currency) });
    const coupon = await createCoupon(access, input, await webClient());
    target = `${couponsPath(slug)}/${coupon.id}?notice=created`;
  } catch (error) {
    target = `${couponsPath(slug)}/new?${failureQuery(error)}`;
  }
  redirect(target);
}

/** Saves the edit form of a coupon's page; fields a used coupon no longer shows are left as they are. */
export async function updateCouponAction(slug: string, couponId: string, formData: FormData): Promise<never> {
  const path = `${couponsPath(slug)}/${encodeURIComponent(couponId)}`;
  const actor = await signedIn(path);
  let outcome: string;
  try {
    const access = await getCenterAccess(actor, slug);
    // Amounts are typed in the coupon's currency (or the newly chosen one): read it first.
    const current = await getCenterCoupon(access, couponId, await currentLocale());
    const discount = discountFields(formData, current.currency);
    const currency = discount.currency === "USD" || discount.currency === "MMK" ? discount.currency : current.currency;
    const input = updateCouponInput.parse({ couponId, ...discount, ...limitFields(formData, currency) });
    await updateCoupon(access, input, await webClient());
    outcome = "notice=updated";
  } catch (error) {
    outcome = failureQuery(error);
  }
  redirect(`${path}?${outcome}`);
}

/** Disables (active=false) or re-enables a coupon from its page. */
export async function setCouponActiveAction(slug: string, couponId: string, active: boolean): Promise<never> {
  const path = `${couponsPath(slug)}/${encodeURIComponent(couponId)}`;
  const actor = await signedIn(path);
  let outcome: string;
  try {
    const access = await getCenterAccess(actor, slug);
    await setCouponActive(access, setCouponActiveInput.parse({ couponId, active }), await webClient());
    outcome = active ? "notice=enabled" : "notice=disabled";
  } catch (error) {
    outcome = failureQuery(error);
  }
  redirect(`${path}?${outcome}`);
}
