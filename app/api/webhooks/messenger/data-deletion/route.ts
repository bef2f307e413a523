import { webhookRoute } from "@/lib/http/webhook-body";
import { receiveDataDeletion } from "@/lib/messenger/deletion/receive-data-deletion";

export const dynamic = "force-dynamic";

/** Meta's data-deletion callback: a form with `signed_request`, verified before anything changes. */
export const POST = webhookRoute(async (rawBody) => {
  const { status, body } = await receiveDataDeletion(new URLSearchParams(rawBody));
  return Response.json(body, { status, headers: { "cache-control": "no-store" } });
});
