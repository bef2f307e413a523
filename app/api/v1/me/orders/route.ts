import { listMyOrdersEndpoint } from "@/lib/api/commerce-endpoints";
import { listMyOrders } from "@/lib/commerce/orders/get-order";
import { handle } from "@/lib/http/handle";

export const GET = handle(listMyOrdersEndpoint, ({ query, actor, locale }) => listMyOrders({ ...query, actor, locale }));
