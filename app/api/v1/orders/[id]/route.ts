import { getOrderEndpoint } from "@/lib/api/commerce-endpoints";
import { getMyOrder } from "@/lib/commerce/orders/get-order";
import { handle } from "@/lib/http/handle";

export const GET = handle(getOrderEndpoint, ({ params, actor, locale }) => getMyOrder({ orderId: params.id, actor, locale }));
