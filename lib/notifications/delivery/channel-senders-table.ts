import type { ChannelBatchSender, ChannelSender } from "./channel-sender";

/**
 * The sender of each external channel. Push goes in batches (one provider call for many devices);
 * Telegram and email one message at a time. Tests pass their own table to `createDeliverHandler`.
 */
export type ChannelSenders = {
  PUSH: ChannelBatchSender;
  TELEGRAM: ChannelSender;
  EMAIL: ChannelSender;
};
