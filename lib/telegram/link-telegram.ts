import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/http/errors";
import { toAppError } from "@/lib/http/map-error";
import { log } from "@/lib/log";
import { toTelegramLinkView, type TelegramLinkView } from "./link-dto";
import { verifyLoginWidget } from "./login-widget";
import { queueGroupInvites } from "./groups/queue-group-invites";
import { removeTelegramLink } from "./remove-telegram-link";

/**
 * Links the caller's account to the Telegram account in verified Login Widget data (policy S1.3:
 * this is the only way Telegram data enters MMSO). A Telegram account linked to someone else is a
 * conflict and changes nothing; linking a different Telegram account replaces the old link (its
 * group removals are queued first); signing in again with the same one refreshes its names.
 */
export async function linkTelegram(options: { actor: Actor; fields: Record<string, string>; now?: Date }): Promise<TelegramLinkView> {
  const verified = verifyLoginWidget(options.fields, { botToken: env().TELEGRAM_BOT_TOKEN, now: options.now });
  if (!verified.ok) {
    log.info("telegram.link_rejected", { userId: options.actor.userId, reason: verified.reason });
    throw new AppError("bad_request", { details: { reason: `telegram_${verified.reason}` } });
  }
  const { identity } = verified;
  const userId = options.actor.userId;
  const telegramId = BigInt(identity.id);
  const data = { username: identity.username, firstName: identity.firstName, lastName: identity.lastName, photoUrl: identity.photoUrl, authDate: identity.authDate };
  try {
    const row = await db.$transaction(async (tx) => {
      const holder = await tx.telegramLink.findUnique({ where: { telegramId }, select: { userId: true } });
      if (holder && holder.userId !== userId) throw new AppError("conflict", { details: { reason: "telegram_linked_elsewhere" } });
      if (!holder) await removeTelegramLink(tx, userId);
      const link = await tx.telegramLink.upsert({
        where: { userId },
        create: { userId, telegramId, ...data },
        update: data,
        select: { id: true, username: true, firstName: true, createdAt: true },
      });
      // Courses bought before linking: the person gets their groups' invite links now.
      await queueGroupInvites(tx, { userId, telegramLinkId: link.id });
      return link;
    });
    log.info("telegram.linked", { userId });
    return toTelegramLinkView(row);
  } catch (error) {
    // Two accounts linking the same Telegram account at once: the unique index decides (409).
    const { appError, unexpected } = toAppError(error);
    if (!unexpected) throw appError;
    throw error;
  }
}
