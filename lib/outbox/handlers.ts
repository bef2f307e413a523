import "server-only";
import { deleteZoomMeeting } from "@/lib/live-classes/outbox/delete-zoom-meeting";
import type { OutboxHandlers } from "./types";

/**
 * Every outbox kind the worker delivers, and who handles it (flows.md, flow 4). A kind written by
 * the app but missing here is retried until a worker that knows it comes along (drain.ts).
 */
export const OUTBOX_HANDLERS: OutboxHandlers = {
  "zoom.delete_meeting": deleteZoomMeeting,
};
