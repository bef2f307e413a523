import "server-only";
import { toMyanmarLocal } from "@/lib/notifications/announcements/myanmar-time";

/** `mmso-export-YYYY-MM-DD.json`, dated in Myanmar time (the day the person sees on their clock). */
export function exportFileName(generatedAt: Date): string {
  return `mmso-export-${toMyanmarLocal(generatedAt).slice(0, 10)}.json`;
}

/** Turns a successful JSON answer into a download; errors pass through unchanged. */
export function asAttachment(response: Response, generatedAt: Date): Response {
  if (response.status !== 200) return response;
  response.headers.set("content-disposition", `attachment; filename="${exportFileName(generatedAt)}"`);
  response.headers.set("cache-control", "no-store");
  return response;
}
