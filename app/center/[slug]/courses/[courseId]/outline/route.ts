import { getCenterAccess } from "@/lib/access/center-scope";
import { getWebActor } from "@/lib/auth/web-actor";
import { getOutline } from "@/lib/authoring/reads/get-outline";
import { toAppError } from "@/lib/http/map-error";

export const dynamic = "force-dynamic";

/**
 * The outline editor's data (TanStack Query): the course's sections and lessons as a DTO. Signed
 * out, not staff, another center's course or an instructor's unassigned one → 404 (ADR 0009).
 */
export async function GET(_req: Request, { params }: { params: Promise<{ slug: string; courseId: string }> }) {
  const { slug, courseId } = await params;
  try {
    const access = await getCenterAccess(await getWebActor(), slug);
    return Response.json(await getOutline(access, courseId), { headers: { "cache-control": "private, no-store" } });
  } catch (error) {
    const { appError, unexpected } = toAppError(error);
    if (unexpected) throw error;
    return Response.json({ error: { code: appError.code, message: appError.code } }, { status: appError.status, headers: { "cache-control": "no-store" } });
  }
}
