import { receiveKbzpayWebhook } from "@/lib/commerce/providers/kbzpay/receive-webhook";
import { webhookRoute } from "@/lib/http/webhook-body";

export const dynamic = "force-dynamic";

/** KBZPay's notify callback: the raw body goes to the verifier before any parsing. */
export const POST = webhookRoute(async (rawBody) => {
  const reply = await receiveKbzpayWebhook(rawBody);
  return new Response(reply.body, { status: reply.status, headers: { "content-type": reply.contentType, "cache-control": "no-store" } });
});
