import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { MAX_ATTEMPTS } from "@/lib/outbox/backoff";
import { failureCode } from "@/lib/outbox/settle";
import { PermanentFailure, RetryLater, type OutboxBatchHandler } from "@/lib/outbox/types";
import type { ChannelMessage, ChannelResult } from "./channel-sender";
import type { ChannelSenders } from "./channel-senders-table";
import type { ExternalChannel } from "./deliver-payload";
import { prepareDeliveries, type DeliveryRow } from "./prepare-deliveries";

type Outcome = ChannelResult | Error;

/**
 * The `notification.deliver` batch handler over `senders`: push rows go to the provider together,
 * Telegram and email one by one. Each row ends with exactly one NotificationDelivery (keyed on its
 * outbox id): SENT, SKIPPED with the reason, or FAILED with the code of a PermanentFailure (which is
 * rethrown so the row goes to the dead letters) or of the last allowed try. Before that, a
 * RetryLater or any other error leaves the row unlogged: the retry logs it. A row already logged is
 * not sent again.
 */
export function createDeliverHandler(senders: ChannelSenders): { batch: OutboxBatchHandler } {
  return {
    batch: async (jobs) => {
      const prepared = await prepareDeliveries(jobs);
      const results: Array<Error | undefined> = jobs.map(() => undefined);
      const log: Prisma.NotificationDeliveryCreateManyInput[] = [];
      const settle = (index: number, row: DeliveryRow, outcome: Outcome) => {
        if (outcome instanceof Error) {
          results[index] = outcome;
          // The last try of a passing failure is the worker giving up (DEAD): its outcome is FAILED too.
          const final = outcome instanceof PermanentFailure || (jobs[index]?.attempts ?? 0) >= MAX_ATTEMPTS;
          if (final) log.push({ ...row, status: "FAILED", errorCode: failureCode(outcome) });
        } else {
          log.push({ ...row, status: outcome.status, errorCode: outcome.status === "SKIPPED" ? outcome.reason : null });
        }
      };

      const sends: Array<{ index: number; row: DeliveryRow; channel: ExternalChannel; message: ChannelMessage }> = [];
      prepared.forEach((item, index) => {
        if (item.action === "invalid") results[index] = new PermanentFailure("bad_payload");
        else if (item.action === "skip") log.push({ ...item.row, status: "SKIPPED", errorCode: item.reason });
        else if (item.action === "send") sends.push({ index, row: item.row, channel: item.channel, message: item.message });
      });

      const push = sends.filter((s) => s.channel === "PUSH");
      if (push.length) {
        const outcomes = await sendBatch(senders.PUSH, push.map((s) => s.message));
        push.forEach((s, i) => settle(s.index, s.row, outcomes[i] ?? new RetryLater("push_no_result")));
      }
      for (const s of sends.filter((item) => item.channel !== "PUSH")) {
        const sender = s.channel === "TELEGRAM" ? senders.TELEGRAM : senders.EMAIL;
        settle(s.index, s.row, await sender(s.message).catch(asError));
      }
      // skipDuplicates: a second worker that raced this one on the same row cannot log it twice.
      if (log.length) await db.notificationDelivery.createMany({ data: log, skipDuplicates: true });
      return results;
    },
  };
}

async function sendBatch(sender: ChannelSenders["PUSH"], messages: ChannelMessage[]): Promise<Outcome[]> {
  try {
    return await sender(messages);
  } catch (error) {
    const failure = asError(error);
    return messages.map(() => failure);
  }
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error("non_error_thrown");
}

