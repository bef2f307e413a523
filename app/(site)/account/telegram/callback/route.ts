import { getWebActor } from "@/lib/auth/web-actor";
import { linkErrorKey } from "@/lib/telegram/link-error-key";
import { verifyLinkState } from "@/lib/telegram/link-state";
import { linkTelegram } from "@/lib/telegram/link-telegram";

const PAGE = "/account/telegram";
const noStore = { "cache-control": "no-store", "referrer-policy": "no-referrer" };

/**
 * Where the Telegram Login Widget (and the demo sandbox) sends the browser with the signed data
 * as query parameters. The `state` parameter must be this session's (lib/telegram/link-state.ts);
 * the rest goes to the same verification as the API. Answers with a redirect to the page.
 */
export async function GET(request: Request): Promise<Response> {
  const back = (query: string) => new Response(null, { status: 303, headers: { ...noStore, location: new URL(`${PAGE}?${query}`, request.url).toString() } });
  const actor = await getWebActor();
  if (!actor) {
    return new Response(null, { status: 303, headers: { ...noStore, location: new URL(`/login?next=${encodeURIComponent(PAGE)}`, request.url).toString() } });
  }
  const params = new URL(request.url).searchParams;
  if (!verifyLinkState(actor.sessionId, params.get("state"))) return back("error=state");
  // Everything else is Telegram's (a field it adds is part of its hash), except Next's `_rsc`,
  // which a client-side navigation from the sandbox form's redirect appends.
  const fields = Object.fromEntries([...params].filter(([key]) => key !== "state" && key !== "_rsc"));
  try {
    await linkTelegram({ actor, fields });
    return back("linked=1");
  } catch (error) {
    return back(`error=${linkErrorKey(error)}`);
  }
}
