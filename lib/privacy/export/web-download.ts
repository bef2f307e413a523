import "server-only";
import { AppError } from "@/lib/http/errors";
import { consumeRateLimit } from "@/lib/rate-limit/rate-limit";
import { exportDocumentDto } from "./export-dto";
import { EXPORT_RATE_LIMIT } from "./export-limits";
import { exportFileName } from "./export-response";
import { exportUserData } from "./export-user-data";

export const EXPORT_PAGE = "/account/export";
const NO_STORE = { "cache-control": "no-store", "referrer-policy": "no-referrer" };

/** A 303 back to the export page (or the login), so the browser lands on a page with a message. */
export function seeOther(path: string, requestUrl: string): Response {
  return new Response(null, { status: 303, headers: { ...NO_STORE, location: new URL(path, requestUrl).toString() } });
}

/**
 * The web twin of GET /api/v1/me/export: the same document (through the same schema, so nothing
 * undeclared leaves) as a file download, counted in the same rate-limit bucket as the API.
 */
export async function downloadExportForWeb(userId: string, requestUrl: string, now = new Date()): Promise<Response> {
  const limit = await consumeRateLimit(EXPORT_RATE_LIMIT, userId, now);
  if (!limit.allowed) return seeOther(`${EXPORT_PAGE}?error=rate_limited`, requestUrl);
  try {
    const document = exportDocumentDto.parse(await exportUserData(userId, now));
    // Indented: the web file is meant to be opened and read by the person as well as by programs.
    const body = new TextEncoder().encode(JSON.stringify(document, null, 2));
    return new Response(body, {
      status: 200,
      headers: {
        ...NO_STORE,
        "content-type": "application/json; charset=utf-8",
        "content-length": String(body.byteLength),
        "content-disposition": `attachment; filename="${exportFileName(now)}"`,
      },
    });
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") return seeOther(`${EXPORT_PAGE}?error=unavailable`, requestUrl);
    throw error;
  }
}
