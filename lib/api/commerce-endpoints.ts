import { z } from "zod";
import { couponQuoteDto, validateCouponInput } from "@/lib/commerce/coupons/validate-coupon";
import { createOrderInput, idempotencyKeySchema } from "@/lib/commerce/orders/create-order";
import { orderDto } from "@/lib/commerce/orders/order-dto";
import { refundRequestDto, requestRefundInput } from "@/lib/commerce/refunds/request-refund";
import { defineEndpoint } from "@/lib/http/endpoint";
import { pageOf, pageQuery } from "@/lib/http/pagination";

export const createOrderEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/orders",
  operationId: "createOrder",
  summary: "Order a course and start paying with Stripe, Dinger or KBZPay",
  description:
    "Snapshots the price, the coupon's discount and the center's refund terms on a `pending` order, then starts the provider's checkout: open `checkout.url` or render `checkout.qr`. The order stays `pending` until a verified provider callback says it is paid; poll `GET /api/v1/orders/{id}`. Send an `Idempotency-Key` (e.g. a UUID) so a retried request returns the same order. A 100% coupon makes the order `paid` at once.",
  tags: ["Orders"],
  access: "user",
  headers: z.object({ "idempotency-key": idempotencyKeySchema.optional().meta({ description: "8–100 visible ASCII characters; the same key returns the same order." }) }),
  body: createOrderInput,
  response: orderDto,
  successStatus: 201,
  errors: ["not_found", "already_enrolled", "coupon_invalid", "coupon_exhausted", "idempotency_key_reused", "provider_not_available", "provider_error"],
  rateLimit: { bucket: "orders.create", limit: 30, windowSeconds: 600 },
});

export const getOrderEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/orders/{id}",
  operationId: "getOrder",
  summary: "One of the caller's orders (another person's is 404)",
  tags: ["Orders"],
  access: "user",
  params: z.object({ id: z.uuid() }),
  response: orderDto,
  errors: ["not_found"],
});

export const listMyOrdersEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/me/orders",
  operationId: "listMyOrders",
  summary: "The caller's orders, newest first",
  tags: ["Me", "Orders"],
  access: "user",
  query: pageQuery,
  response: pageOf(orderDto),
});

export const validateCouponEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/coupons/validate",
  operationId: "validateCoupon",
  summary: "What a coupon takes off a course for the caller now",
  description: "Nothing is reserved: the order redeems the coupon under a lock and can still find its last use taken (409 `coupon_exhausted`).",
  tags: ["Orders"],
  access: "user",
  body: validateCouponInput,
  response: couponQuoteDto,
  errors: ["not_found", "coupon_invalid", "coupon_exhausted"],
  rateLimit: { bucket: "coupons.validate", limit: 60, windowSeconds: 600 },
});

export const requestRefundEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/orders/{id}/refund-request",
  operationId: "requestRefund",
  summary: "Ask for the rest of one of the caller's paid orders back",
  description:
    "The refund policy's \"Request a refund\": for the amount not yet refunded, with a reason (1–500 characters). `entitled` says whether the order is within the refund terms it was sold under (then the refund is owed) or the refund is at the center's discretion. An entitled request on a card (Stripe) order is refunded at once (`succeeded`, or `processing` until Stripe confirms) and the course access ends; otherwise it stays `requested` until the center answers (for KBZPay and Dinger the center sends the money back in the provider's portal). Another person's order is 404; `409 conflict` when a request for the order is already open; `409 refund_not_allowed` when the order is not paid or nothing is left to refund.",
  tags: ["Orders"],
  access: "user",
  params: z.object({ id: z.uuid() }),
  body: requestRefundInput,
  response: refundRequestDto,
  successStatus: 201,
  errors: ["not_found", "conflict", "refund_not_allowed"],
  rateLimit: { bucket: "orders.refund_request", limit: 10, windowSeconds: 600 },
});
