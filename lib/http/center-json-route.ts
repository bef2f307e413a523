import "server-only";
import { getCenterAccess, type CenterAccess } from "@/lib/access/center-scope";
import { getWebActor } from "@/lib/auth/web-actor";
import type { Locale } from "@/lib/i18n/locales";
import { currentLocale } from "@/lib/i18n/current-locale";
import { describeError, log } from "@/lib/log";
import { toAppError } from "./map-error";
import { requestContext } from "./request-context";
import { errorResponse, jsonResponse } from "./respond";

/**
 * A dashboard JSON route for TanStack Query: the session's access to the center named by `slug`
 * (signed out or not staff → 404), the read's DTO as private no-store JSON, and any failure in
 * the contract's error shape, translated, with the request id (unexpected ones logged, never detailed).
 */
export async function centerJson(req: Request, slug: string, read: (access: CenterAccess, locale: Locale) => Promise<unknown>): Promise<Response> {
  const ctx = { ...requestContext(req), locale: await currentLocale() };
  try {
    const access = await getCenterAccess(await getWebActor(), slug);
    return jsonResponse(await read(access, ctx.locale), 200, ctx, { "cache-control": "private, no-store" });
  } catch (error) {
    const { appError, unexpected } = toAppError(error);
    if (unexpected) log.error("center.json_route_failed", { requestId: ctx.requestId, path: new URL(req.url).pathname, ...describeError(error) });
    return errorResponse(appError, ctx);
  }
}
