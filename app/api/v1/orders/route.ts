import { createOrderEndpoint } from "@/lib/api/commerce-endpoints";
import { createOrder } from "@/lib/commerce/orders/create-order";
import { handle } from "@/lib/http/handle";

export const POST = handle(createOrderEndpoint, ({ body, headers, actor, locale }) =>
  createOrder({ ...body, actor, locale, idempotencyKey: headers["idempotency-key"] ?? null }),
);
