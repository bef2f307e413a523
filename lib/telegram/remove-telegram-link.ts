import "server-only";
import type { Tx } from "@/lib/db";
import { enqueueOutbox } from "@/lib/outbox/enqueue";

/** The outbox kind that takes a person out of a course group (handled in lib/telegram/groups). */
export const REMOVE_MEMBER_KIND = "telegram.remove_member";

/** Ids only, plus the Telegram id: the link row is gone by the time the worker acts (policy S1.3). */
export type RemoveMemberPayload = { chatId: string; telegramId: string; groupId: string };

/**
 * Deletes the person's Telegram link inside `tx` (memberships cascade), first queueing their
 * removal from every course group they were approved into. Afterwards the only trace of their
 * Telegram id is in those pending outbox rows, which the worker needs to act. Returns whether a
 * link existed.
 */
export async function removeTelegramLink(tx: Tx, userId: string): Promise<boolean> {
  const link = await tx.telegramLink.findUnique({
    where: { userId },
    select: {
      id: true,
      telegramId: true,
      groupMemberships: { where: { status: "APPROVED" }, select: { id: true, groupId: true, group: { select: { chatId: true } } } },
    },
  });
  if (!link) return false;
  for (const member of link.groupMemberships) {
    const payload: RemoveMemberPayload = { chatId: member.group.chatId.toString(), telegramId: link.telegramId.toString(), groupId: member.groupId };
    await enqueueOutbox(tx, { kind: REMOVE_MEMBER_KIND, payload, idempotencyKey: `${REMOVE_MEMBER_KIND}:unlink:${member.id}` });
  }
  await tx.telegramLink.delete({ where: { id: link.id } });
  return true;
}
