import "server-only";
import { ZoomError } from "@/lib/integrations/zoom/zoom-client";
import { AppError } from "@/lib/http/errors";
import { describeError, log } from "@/lib/log";

/** Runs a Zoom call; a Zoom failure becomes a 503 (the caller may retry) and is logged without secrets. */
export async function callZoom<T>(operation: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof ZoomError) {
      log.warn("zoom.call_failed", { operation, kind: error.kind, status: error.status, zoomCode: error.zoomCode });
      throw new AppError("unavailable", { retryAfterSeconds: error.kind === "rate_limited" ? 60 : 30, cause: error });
    }
    log.warn("zoom.call_failed", { operation, ...describeError(error) });
    throw error;
  }
}
