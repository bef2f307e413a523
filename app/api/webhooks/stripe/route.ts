import { receiveStripeWebhook } from "@/lib/commerce/providers/stripe/receive-webhook";
import { webhookRoute } from "@/lib/http/webhook-body";

export const dynamic = "force-dynamic";

/** Stripe's events: the raw body goes to the signature check before any parsing. */
export const POST = webhookRoute(async (rawBody, req) => {
  const { status, body } = await receiveStripeWebhook({ rawBody, signature: req.headers.get("stripe-signature") });
  return Response.json(body, { status, headers: { "cache-control": "no-store" } });
});
