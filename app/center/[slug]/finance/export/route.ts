import { getCenterAccess } from "@/lib/access/center-scope";
import { getWebActor } from "@/lib/auth/web-actor";
import { financeExportFileName, financeExportStream } from "@/lib/commerce/reports/finance-export";
import { toAppError } from "@/lib/http/map-error";
import { currentLocale } from "@/lib/i18n/current-locale";

export const dynamic = "force-dynamic";

/**
 * The finance CSV (`?from=YYYY-MM-DD&to=YYYY-MM-DD`) for the center's owners, admins and the
 * operator (`order.read`): signed out or not staff → 404, an instructor → 403 (ADR 0009), a bad
 * period → 422. The body streams in batches as the browser downloads it.
 */
export async function GET(req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const query = new URL(req.url).searchParams;
  try {
    const access = await getCenterAccess(await getWebActor(), slug);
    const input = { from: query.get("from") ?? "", to: query.get("to") ?? "" };
    const body = financeExportStream(access, input, await currentLocale());
    return new Response(body, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${financeExportFileName(access.centerSlug, input)}"`,
        "cache-control": "private, no-store",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (error) {
    const { appError, unexpected } = toAppError(error);
    if (unexpected) throw error;
    return Response.json({ error: { code: appError.code, message: appError.code, details: appError.details } }, { status: appError.status, headers: { "cache-control": "no-store" } });
  }
}
