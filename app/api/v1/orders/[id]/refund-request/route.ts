import { requestRefundEndpoint } from "@/lib/api/commerce-endpoints";
import { requestRefund } from "@/lib/commerce/refunds/request-refund";
import { handle } from "@/lib/http/handle";
import { readClientInfo } from "@/lib/http/read-client-info";

export const POST = handle(requestRefundEndpoint, ({ params, body, actor, req, requestId }) =>
  requestRefund({ actor, orderId: params.id, reason: body.reason, client: readClientInfo(req, undefined, requestId) }),
);
