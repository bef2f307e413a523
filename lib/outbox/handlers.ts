import "server-only";
import { deleteZoomMeeting } from "@/lib/live-classes/outbox/delete-zoom-meeting";
import { MESSENGER_HANDLERS } from "@/lib/messenger/outbox-handlers";
import { NOTIFICATION_DELIVERY_HANDLERS } from "@/lib/notifications/delivery/handlers";
import { NOTIFICATION_EVENT_HANDLERS } from "@/lib/notifications/events/handlers";
import { MEDIA_DELETE_HANDLERS } from "@/lib/privacy/deletion/media-delete";
import { TELEGRAM_GROUP_HANDLERS } from "@/lib/telegram/groups/outbox-handlers";
import type { OutboxHandlers } from "./types";

/**
 * Every outbox kind the worker delivers, and who handles it (flows.md, flow 4). A kind written by
 * the app but missing here is retried until a worker that knows it comes along (drain.ts).
 */
export const OUTBOX_HANDLERS: OutboxHandlers = {
  "zoom.delete_meeting": deleteZoomMeeting,
  ...TELEGRAM_GROUP_HANDLERS,
  ...MESSENGER_HANDLERS,
  ...NOTIFICATION_EVENT_HANDLERS,
  ...NOTIFICATION_DELIVERY_HANDLERS,
  ...MEDIA_DELETE_HANDLERS,
};
