import { readBodyText } from "@/lib/http/read-body";
import { receiveZoomWebhook } from "@/lib/live-classes/receive-zoom-webhook";

export const dynamic = "force-dynamic";

/** Zoom's event notifications: the raw body goes to the verifier before any parsing. */
export async function POST(req: Request): Promise<Response> {
  let rawBody: string;
  try {
    rawBody = await readBodyText(req);
  } catch {
    return Response.json({ error: { code: "payload_too_large", message: "Body too large" } }, { status: 413 });
  }
  const { status, body } = await receiveZoomWebhook({
    rawBody,
    signature: req.headers.get("x-zm-signature"),
    timestamp: req.headers.get("x-zm-request-timestamp"),
  });
  return Response.json(body, { status, headers: { "cache-control": "no-store" } });
}
