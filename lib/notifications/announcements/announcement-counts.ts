import type { NotificationChannel } from "@/lib/generated/prisma/enums";

/** One channel's outcome for an announcement's recipients. */
export type ChannelCounts = {
  channel: NotificationChannel;
  /** Handed to the channel's worker and not yet reported back (push, Telegram). */
  queued: number;
  delivered: number;
  failed: number;
  skipped: number;
};

type Grouped = { channel: NotificationChannel; status: "SENT" | "FAILED" | "SKIPPED"; count: number };

/**
 * Counts per chosen channel from the delivery log: every recipient ends with one outcome per
 * channel — in-app SENT or SKIPPED at fan-out; push/Telegram SKIPPED at fan-out, otherwise an
 * outbox row whose outcome the delivery worker logs. So "queued" is the recipients without an
 * outcome yet (never below zero, e.g. once old log rows were pruned, policy S7).
 */
export function channelCounts(channels: readonly NotificationChannel[], recipients: number, grouped: readonly Grouped[]): ChannelCounts[] {
  return channels.map((channel) => {
    const of = (status: Grouped["status"]) => grouped.filter((g) => g.channel === channel && g.status === status).reduce((sum, g) => sum + g.count, 0);
    const delivered = of("SENT");
    const failed = of("FAILED");
    const skipped = of("SKIPPED");
    return { channel, queued: Math.max(0, recipients - delivered - failed - skipped), delivered, failed, skipped };
  });
}
