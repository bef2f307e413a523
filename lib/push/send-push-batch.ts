import "server-only";
import type { ChannelBatchSender } from "@/lib/notifications/delivery/channel-sender";
import { getPushTransport } from "./get-push-transport";
import { createPushBatchSender } from "./push-batch-sender";

/**
 * Push for notification delivery (notification.deliver's batch handler calls it): firebase-admin in
 * production, the sandbox (development outbox) everywhere else. See createPushBatchSender.
 */
export const sendPushBatch: ChannelBatchSender = (messages) => createPushBatchSender({ transport: getPushTransport() })(messages);
