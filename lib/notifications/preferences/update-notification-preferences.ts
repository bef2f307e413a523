import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/http/errors";
import { isLocked } from "../preference-defaults";
import { getNotificationPreferences } from "./get-notification-preferences";
import type { NotificationPreferences, UpdateNotificationPreferencesInput } from "./preference-schemas";

/**
 * PUT /api/v1/me/notification-preferences and the settings form: stores each change as the
 * person's explicit choice (an upsert on userId+kind+channel) and answers the new full table.
 * A choice equal to the default is kept, not deleted (ADR 0028): what a person set stays set when
 * the defaults table changes or when linking Telegram flips Telegram's default. Locked pairs are
 * never stored: they are on whatever a row says.
 */
export async function updateNotificationPreferences(input: { actor: Actor } & UpdateNotificationPreferencesInput): Promise<NotificationPreferences> {
  const { actor, preferences } = input;
  // The schema refuses this already; checked again because the rule must hold for every caller.
  const refused = preferences.findIndex((change) => isLocked(change.kind, change.channel) && !change.enabled);
  if (refused >= 0) {
    throw new AppError("validation_failed", { details: [{ path: `body.preferences.${refused}.enabled`, code: "custom", message: "locked" }] });
  }
  // All or nothing: a failure halfway leaves none of the request's switches changed.
  await db.$transaction(async (tx) => {
    for (const { kind, channel, enabled } of preferences) {
      if (isLocked(kind, channel)) continue;
      await tx.notificationPreference.upsert({
        where: { userId_kind_channel: { userId: actor.userId, kind, channel } },
        create: { userId: actor.userId, kind, channel, enabled },
        update: { enabled },
        select: { id: true },
      });
    }
  });
  // Read after the commit: the table's reads run in parallel, which one transaction's connection cannot.
  return getNotificationPreferences({ actor });
}
