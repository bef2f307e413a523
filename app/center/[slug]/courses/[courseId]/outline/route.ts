import { getOutline } from "@/lib/authoring/reads/get-outline";
import { centerJson } from "@/lib/http/center-json-route";

export const dynamic = "force-dynamic";

/**
 * The outline editor's data (TanStack Query): the course's sections and lessons as a DTO. Signed
 * out, not staff, another center's course or an instructor's unassigned one → 404 (ADR 0009).
 */
export async function GET(req: Request, { params }: { params: Promise<{ slug: string; courseId: string }> }) {
  const { slug, courseId } = await params;
  return centerJson(req, slug, (access) => getOutline(access, courseId));
}
