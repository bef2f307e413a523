import { env } from "@/lib/env";
import { readBodyBytes } from "@/lib/http/read-body";
import { AppError } from "@/lib/http/errors";
import { verifySubscription } from "@/lib/integrations/messenger/verify-subscription";
import { receiveMessengerWebhook } from "@/lib/messenger/receive-webhook";

export const dynamic = "force-dynamic";

// Meta batches up to 1000 items per delivery; 1 MiB leaves room for that without an open door.
const MAX_BODY_BYTES = 1024 * 1024;

/** GET: Meta's subscription verification (integrations.md). */
export async function GET(req: Request) {
  const challenge = verifySubscription(new URL(req.url).searchParams, env().MESSENGER_VERIFY_TOKEN);
  if (challenge === null) return new Response("Forbidden", { status: 403 });
  return new Response(challenge, { status: 200, headers: { "content-type": "text/plain; charset=utf-8" } });
}

/** POST: messages and receipts. The raw bytes go to the signature check before anything is parsed. */
export async function POST(req: Request) {
  let rawBody: Uint8Array;
  try {
    rawBody = await readBodyBytes(req, MAX_BODY_BYTES);
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== "payload_too_large") throw error;
    return Response.json({ error: { code: "payload_too_large", message: "Body too large" } }, { status: 413 });
  }
  const { status, body } = await receiveMessengerWebhook({ rawBody, signature: req.headers.get("x-hub-signature-256") });
  return Response.json(body, { status, headers: { "cache-control": "no-store" } });
}
