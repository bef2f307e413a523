import { receiveDingerWebhook } from "@/lib/commerce/providers/dinger/receive-webhook";
import { readBodyText } from "@/lib/http/read-body";

export const dynamic = "force-dynamic";

/** Dinger's payment callback: the raw body goes to the verifier before any parsing. */
export async function POST(req: Request): Promise<Response> {
  let rawBody: string;
  try {
    rawBody = await readBodyText(req);
  } catch {
    return Response.json({ error: { code: "payload_too_large", message: "Body too large" } }, { status: 413 });
  }
  const { status, body } = await receiveDingerWebhook(rawBody);
  return Response.json(body, { status, headers: { "cache-control": "no-store" } });
}
