import { receiveDingerWebhook } from "@/lib/commerce/providers/dinger/receive-webhook";
import { webhookRoute } from "@/lib/http/webhook-body";

export const dynamic = "force-dynamic";

/** Dinger's payment callback: the raw body goes to the verifier before any parsing. */
export const POST = webhookRoute(async (rawBody) => {
  const { status, body } = await receiveDingerWebhook(rawBody);
  return Response.json(body, { status, headers: { "cache-control": "no-store" } });
});
