import { getCenterAccess } from "@/lib/access/center-scope";
import { getWebActor } from "@/lib/auth/web-actor";
import { AppError } from "@/lib/http/errors";
import { getHostStartUrl } from "@/lib/live-classes/get-host-start-url";

type Context = { params: Promise<{ slug: string; courseId: string; liveClassId: string }> };

// "Start as host": the Zoom start link is a host secret, so no page carries it; this route checks
// the session (live_class.write and the course scope, inside getHostStartUrl) on every click and
// redirects. Never cached, and no Referer goes to Zoom.
const noStore = { "cache-control": "no-store", "referrer-policy": "no-referrer" };

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { slug, courseId, liveClassId } = await params;
  const listPath = `/center/${encodeURIComponent(slug)}/courses/${encodeURIComponent(courseId)}/live-classes`;
  const back = (query: string) => new Response(null, { status: 303, headers: { ...noStore, location: new URL(`${listPath}?${query}`, request.url).toString() } });
  const actor = await getWebActor();
  if (!actor) {
    const login = new URL(`/login?next=${encodeURIComponent(`${listPath}`)}`, request.url);
    return new Response(null, { status: 303, headers: { ...noStore, location: login.toString() } });
  }
  try {
    const { startUrl } = await getHostStartUrl(await getCenterAccess(actor, slug), liveClassId);
    return new Response(null, { status: 303, headers: { ...noStore, location: startUrl } });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.code === "not_found") return new Response(null, { status: 404, headers: noStore });
    return back(`error=${error.code === "forbidden" ? "not_found" : error.code}`);
  }
}
