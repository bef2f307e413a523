"use server";

import { redirect } from "next/navigation";
import { updateNotificationPreferencesEndpoint } from "@/lib/api/notification-preference-endpoints";
import { getWebActor } from "@/lib/auth/web-actor";
import { AppError } from "@/lib/http/errors";
import { enforceRateLimit } from "@/lib/http/rate-limit";
import { changesFromForm } from "@/lib/notifications/preferences/preference-form";
import { updateNotificationPreferencesInput } from "@/lib/notifications/preferences/preference-schemas";
import { updateNotificationPreferences } from "@/lib/notifications/preferences/update-notification-preferences";

const PATH = "/account/notifications/settings";

/** The settings form: the switches the person changed, through the same schema and function as the PUT. */
export async function savePreferencesAction(formData: FormData): Promise<never> {
  const actor = await getWebActor();
  if (!actor) redirect(`/login?next=${PATH}`);
  const changes = changesFromForm(formData);
  let outcome = "saved=1";
  if (changes.preferences.length > 0) {
    const parsed = updateNotificationPreferencesInput.safeParse(changes);
    if (!parsed.success) redirect(`${PATH}?error=validation_failed`);
    try {
      // The same budget as PUT /api/v1/me/notification-preferences, per person.
      await enforceRateLimit(updateNotificationPreferencesEndpoint.rateLimit, actor.userId);
      await updateNotificationPreferences({ actor, ...parsed.data });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      outcome = `error=${error.code}`;
    }
  }
  redirect(`${PATH}?${outcome}`);
}
