import { getCenterAccess } from "@/lib/access/center-scope";
import { getWebActor } from "@/lib/auth/web-actor";
import { toAppError } from "@/lib/http/map-error";
import { previewRecipients } from "@/lib/notifications/announcements/preview-recipients";

export const dynamic = "force-dynamic";

/**
 * The composer's recipient preview (TanStack Query): `?courseId=` → how many students it would
 * reach now, and through which channel (counts only). Signed out, not staff or another center's
 * course → 404; an instructor → 403; a malformed id → 422 (ADR 0009).
 */
export async function GET(req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  try {
    const access = await getCenterAccess(await getWebActor(), slug);
    const preview = await previewRecipients(access, { courseId: new URL(req.url).searchParams.get("courseId") ?? "" });
    return Response.json(preview, { headers: { "cache-control": "private, no-store" } });
  } catch (error) {
    const { appError, unexpected } = toAppError(error);
    if (unexpected) throw error;
    return Response.json({ error: { code: appError.code, message: appError.code } }, { status: appError.status, headers: { "cache-control": "no-store" } });
  }
}
