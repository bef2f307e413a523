import "server-only";
import type { OutboxHandlers } from "@/lib/outbox/types";
import { DELIVER_KIND } from "../notify-users";
import { CHANNEL_SENDERS } from "./channel-senders";
import { createDeliverHandler } from "./deliver-notification";

/** The delivery worker's kinds: `notification.deliver` in batches, over the real channel senders. */
export const NOTIFICATION_DELIVERY_HANDLERS: OutboxHandlers = {
  [DELIVER_KIND]: createDeliverHandler(CHANNEL_SENDERS),
};
