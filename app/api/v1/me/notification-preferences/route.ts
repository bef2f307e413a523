import { getNotificationPreferencesEndpoint, updateNotificationPreferencesEndpoint } from "@/lib/api/notification-preference-endpoints";
import { handle } from "@/lib/http/handle";
import { getNotificationPreferences } from "@/lib/notifications/preferences/get-notification-preferences";
import { updateNotificationPreferences } from "@/lib/notifications/preferences/update-notification-preferences";

export const GET = handle(getNotificationPreferencesEndpoint, ({ actor }) => getNotificationPreferences({ actor }));
export const PUT = handle(updateNotificationPreferencesEndpoint, ({ actor, body }) => updateNotificationPreferences({ actor, ...body }));
