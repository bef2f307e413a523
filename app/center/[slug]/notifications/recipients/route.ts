import { centerJson } from "@/lib/http/center-json-route";
import { previewRecipients } from "@/lib/notifications/announcements/preview-recipients";

export const dynamic = "force-dynamic";

/**
 * The composer's recipient preview (TanStack Query): `?courseId=` → how many students it would
 * reach now, and through which channel (counts only). Signed out, not staff or another center's
 * course → 404; an instructor → 403; a malformed id → 422 (ADR 0009).
 */
export async function GET(req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return centerJson(req, slug, (access) => previewRecipients(access, { courseId: new URL(req.url).searchParams.get("courseId") ?? "" }));
}
