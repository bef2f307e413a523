import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/http/errors";

/** Marks one of the caller's notifications read (idempotent). Another person's id answers 404, like a missing one. */
export async function markNotificationRead(input: { actor: Actor; notificationId: string; now?: Date }): Promise<null> {
  const { actor, notificationId, now = new Date() } = input;
  const found = await db.notification.findFirst({ where: { id: notificationId, userId: actor.userId }, select: { readAt: true } });
  if (!found) throw new AppError("not_found");
  if (!found.readAt) await db.notification.updateMany({ where: { id: notificationId, userId: actor.userId, readAt: null }, data: { readAt: now } });
  return null;
}

/** Marks every unread notification of the caller read; answers how many changed. */
export async function markAllNotificationsRead(input: { actor: Actor; now?: Date }): Promise<{ updated: number }> {
  const { count } = await db.notification.updateMany({ where: { userId: input.actor.userId, readAt: null }, data: { readAt: input.now ?? new Date() } });
  return { updated: count };
}
