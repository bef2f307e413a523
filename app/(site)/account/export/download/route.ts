import { getWebActor } from "@/lib/auth/web-actor";
import { downloadExportForWeb, EXPORT_PAGE, seeOther } from "@/lib/privacy/export/web-download";

/**
 * The export page's form posts here and the browser saves the answer as a file. POST, not GET:
 * each export is recorded and rate limited, so a link preview or prefetch must not trigger one;
 * the session cookie is SameSite=Lax, so another site cannot post here as the user.
 */
export async function POST(request: Request): Promise<Response> {
  const actor = await getWebActor();
  if (!actor) return seeOther(`/login?next=${encodeURIComponent(EXPORT_PAGE)}`, request.url);
  return downloadExportForWeb(actor.userId, request.url);
}
