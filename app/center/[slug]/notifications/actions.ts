"use server";

import { createTranslator } from "next-intl";
import { getCenterActionAccess, webClientInfo } from "@/lib/access/center-action";
import { runAction, type ActionResult } from "@/lib/http/action-result";
import { AppError } from "@/lib/http/errors";
import { currentLocale } from "@/lib/i18n/current-locale";
import { messagesFor } from "@/lib/i18n/messages";
import type { CreateAnnouncementInput } from "@/lib/notifications/announcements/announcement-schemas";
import { cancelAnnouncement } from "@/lib/notifications/announcements/cancel-announcement";
import { createAnnouncement, type CreatedAnnouncement } from "@/lib/notifications/announcements/create-announcement";

// The composer's and the history's actions (called from client components; each answers an
// ActionResult). The domain functions parse with the same zod schema as the form and check the
// permission (`notification.send`) and the center scope.

/** Sends an announcement now, or schedules it. */
export async function createAnnouncementAction(slug: string, input: CreateAnnouncementInput): Promise<ActionResult<CreatedAnnouncement>> {
  return runAction(async () => createAnnouncement(await getCenterActionAccess(slug), input, await webClientInfo()));
}

/** Cancels a scheduled announcement; one already going out is refused with the reason in words. */
export async function cancelAnnouncementAction(slug: string, announcementId: string): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const access = await getCenterActionAccess(slug);
    try {
      return await cancelAnnouncement(access, { announcementId }, await webClientInfo());
    } catch (error) {
      if (error instanceof AppError && (error.details as { reason?: unknown } | undefined)?.reason === "not_scheduled") {
        const locale = await currentLocale();
        const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "centerNotifications.errors" });
        throw new AppError("conflict", { message: t("not_scheduled"), details: error.details });
      }
      throw error;
    }
  });
}
