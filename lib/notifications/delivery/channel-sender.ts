import type { NotificationKind } from "@/lib/generated/prisma/enums";
import type { SkipReason } from "../effective-channels";

/** What an external channel is asked to deliver: one notification to one person, already in their language. */
export type ChannelMessage = {
  userId: string;
  kind: NotificationKind;
  title: string;
  body: string;
  /** Deep-link data (ids only), e.g. { notificationId, courseId }. */
  data: Record<string, string>;
  /** The outbox row's key: a sender that records or forwards effects keys them on it. */
  idempotencyKey: string;
};

/** SENT: handed to the provider; SKIPPED: nothing to deliver to (e.g. every device token was dead). */
export type ChannelResult = { status: "SENT" } | { status: "SKIPPED"; reason: SkipReason | "all_tokens_dead" };

/**
 * Delivers on one channel (push, Telegram, email). Throws `RetryLater` / `PermanentFailure`
 * (lib/outbox/types.ts) when the provider fails; never logs the recipient or the text.
 */
export type ChannelSender = (message: ChannelMessage) => Promise<ChannelResult>;

/**
 * Delivers many messages on one channel in as few provider calls as the provider allows (push:
 * `sendEach` with ≤ 500 messages). Returns one outcome per message, in order: a result, or the
 * `RetryLater` / `PermanentFailure` for that message alone.
 */
export type ChannelBatchSender = (messages: readonly ChannelMessage[]) => Promise<Array<ChannelResult | Error>>;
