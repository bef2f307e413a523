import type { OrderDto } from "@/lib/commerce/orders/order-dto";
import { AppError, type ErrorCode } from "@/lib/http/errors";

export type CheckoutState = { coupon?: string; method?: string; error?: string; reason?: string };

/** The checkout page's address with its state (coupon typed, method chosen, error to show) in the query. */
export function checkoutPath(courseId: string, state: CheckoutState = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(state)) if (value) query.set(key, value);
  const search = query.toString();
  return `/checkout/${courseId}${search ? `?${search}` : ""}`;
}

/** Our page that follows an order's state (the providers' return URL too). */
export const orderPath = (orderId: string) => `/checkout/orders/${orderId}`;

/**
 * Where the buyer goes once the order exists: a QR (KBZPay / MMQR) is shown on our own page, which
 * also links the provider's page and follows the order; a hosted page (Stripe, Dinger) is opened
 * directly; a free order is already paid.
 */
export function nextStepAfterOrder(order: Pick<OrderDto, "id" | "status" | "checkout">): string {
  if (order.status !== "pending" || order.checkout.qr) return orderPath(order.id);
  const url = order.checkout.url;
  return url && /^https?:\/\//i.test(url) ? url : orderPath(order.id);
}

/** Why a coupon or an order was refused, for the page: the AppError's code and a coupon rule's code. Rethrows anything else. */
export function refusalOf(error: unknown): { error: ErrorCode; reason?: string } {
  if (!(error instanceof AppError)) throw error;
  const detail = Array.isArray(error.details) ? (error.details[0] as { code?: unknown } | undefined) : undefined;
  return { error: error.code, reason: typeof detail?.code === "string" ? detail.code : undefined };
}
