import "server-only";
import { z } from "zod";
import { getZoomClient } from "@/lib/integrations/zoom/get-zoom-client";
import { ZoomError } from "@/lib/integrations/zoom/zoom-client";
import { PermanentFailure, RetryLater, type OutboxJob } from "@/lib/outbox/types";

const payload = z.object({ liveClassId: z.uuid(), meetingId: z.string().min(1).max(40) });

/**
 * `zoom.delete_meeting` (written when a class is cancelled): deletes the Zoom meeting so its join
 * link stops working. Safe to repeat: the client treats a meeting Zoom no longer knows as deleted.
 * Rate limits and outages come back later; bad credentials or a refused request wait for the operator.
 */
export async function deleteZoomMeeting(job: OutboxJob): Promise<void> {
  const parsed = payload.safeParse(job.payload);
  if (!parsed.success) throw new PermanentFailure("invalid_payload");
  try {
    await getZoomClient().deleteMeeting(parsed.data.meetingId);
  } catch (error) {
    if (!(error instanceof ZoomError)) throw error;
    if (error.kind === "rate_limited" || error.kind === "unavailable") throw new RetryLater(`zoom_${error.kind}`);
    if (error.kind === "not_found") return;
    throw new PermanentFailure(`zoom_${error.kind}`);
  }
}
