import { env } from "@/lib/env";
import { verifySubscription } from "@/lib/integrations/messenger/verify-subscription";

export const dynamic = "force-dynamic";

/** GET: Meta's subscription verification (integrations.md). Message delivery (POST) comes with the chatbot. */
export async function GET(req: Request) {
  const challenge = verifySubscription(new URL(req.url).searchParams, env().MESSENGER_VERIFY_TOKEN);
  if (challenge === null) return new Response("Forbidden", { status: 403 });
  return new Response(challenge, { status: 200, headers: { "content-type": "text/plain; charset=utf-8" } });
}
