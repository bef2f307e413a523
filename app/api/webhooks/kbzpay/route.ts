import { receiveKbzpayWebhook } from "@/lib/commerce/providers/kbzpay/receive-webhook";
import { readBodyText } from "@/lib/http/read-body";

export const dynamic = "force-dynamic";

/** KBZPay's notify callback: the raw body goes to the verifier before any parsing. */
export async function POST(req: Request): Promise<Response> {
  let rawBody: string;
  try {
    rawBody = await readBodyText(req);
  } catch {
    return Response.json({ error: { code: "payload_too_large", message: "Body too large" } }, { status: 413 });
  }
  const reply = await receiveKbzpayWebhook(rawBody);
  return new Response(reply.body, { status: reply.status, headers: { "content-type": reply.contentType, "cache-control": "no-store" } });
}
