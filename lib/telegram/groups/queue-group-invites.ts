import "server-only";
import type { Tx } from "@/lib/db";
import { activeEnrollmentWhere } from "@/lib/learning/require-enrollment";
import { enqueueOutbox } from "@/lib/outbox/enqueue";
import { TELEGRAM_GROUP_KINDS } from "./kinds";

/**
 * Call inside the transaction that links Telegram: queues the join link of every connected course
 * group the person already has access to (someone who bought first and linked later would
 * otherwise never hear of the group). One invite per link and course: relinking the same account
 * sends nothing again. Returns how many were queued.
 */
export async function queueGroupInvites(tx: Tx, input: { userId: string; telegramLinkId: string; now?: Date }): Promise<number> {
  const enrollments = await tx.enrollment.findMany({
    where: { userId: input.userId, ...activeEnrollmentWhere(input.now ?? new Date()), course: { telegramGroup: { inviteLink: { not: null } } } },
    select: { courseId: true },
  });
  let queued = 0;
  for (const { courseId } of enrollments) {
    const key = `telegram-invite:${input.telegramLinkId}:${courseId}`;
    const { created } = await enqueueOutbox(tx, { kind: TELEGRAM_GROUP_KINDS.invite, payload: { userId: input.userId, courseId }, idempotencyKey: key });
    if (created) queued += 1;
  }
  return queued;
}
