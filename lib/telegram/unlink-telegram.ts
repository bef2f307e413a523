import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import { removeTelegramLink } from "./remove-telegram-link";

/** Unlinks the caller's Telegram account (policy S1.3): group removals queued, stored Telegram data deleted. Idempotent. */
export async function unlinkTelegram(options: { actor: Actor }): Promise<void> {
  const removed = await db.$transaction((tx) => removeTelegramLink(tx, options.actor.userId));
  if (removed) log.info("telegram.unlinked", { userId: options.actor.userId });
}
