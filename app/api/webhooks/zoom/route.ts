import { webhookRoute } from "@/lib/http/webhook-body";
import { receiveZoomWebhook } from "@/lib/live-classes/receive-zoom-webhook";

export const dynamic = "force-dynamic";

/** Zoom's event notifications: the raw body goes to the verifier before any parsing. */
export const POST = webhookRoute(async (rawBody, req) => {
  const { status, body } = await receiveZoomWebhook({
    rawBody,
    signature: req.headers.get("x-zm-signature"),
    timestamp: req.headers.get("x-zm-request-timestamp"),
  });
  return Response.json(body, { status, headers: { "cache-control": "no-store" } });
});
