import { recordUsageEventsEndpoint } from "@/lib/api/analytics-endpoints";
import { recordUsageEvents } from "@/lib/analytics/record-usage-events";
import { handle } from "@/lib/http/handle";
import { readClientInfo } from "@/lib/http/read-client-info";

export const POST = handle(recordUsageEventsEndpoint, ({ body, actor, req }) =>
  recordUsageEvents({ actor, events: body.events, client: readClientInfo(req, body.device) }),
);
