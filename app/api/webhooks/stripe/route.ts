import { receiveStripeWebhook } from "@/lib/commerce/providers/stripe/receive-webhook";
import { AppError } from "@/lib/http/errors";
import { readBodyText } from "@/lib/http/read-body";

export const dynamic = "force-dynamic";

/** Stripe's events: the raw body goes to the signature check before any parsing. */
export async function POST(req: Request): Promise<Response> {
  let rawBody: string;
  try {
    rawBody = await readBodyText(req);
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== "payload_too_large") throw error;
    return Response.json({ error: { code: "payload_too_large", message: "Body too large" } }, { status: 413 });
  }
  const { status, body } = await receiveStripeWebhook({ rawBody, signature: req.headers.get("stripe-signature") });
  return Response.json(body, { status, headers: { "cache-control": "no-store" } });
}
