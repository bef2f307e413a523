import { defineEndpoint } from "@/lib/http/endpoint";
import { notificationPreferencesDto, updateNotificationPreferencesInput } from "@/lib/notifications/preferences/preference-schemas";

export const getNotificationPreferencesEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/me/notification-preferences",
  operationId: "getNotificationPreferences",
  summary: "The caller's notification switches: every kind × channel (in-app, push, Telegram, email)",
  description:
    "`enabled` is what the senders do now; `default` what an untouched switch does; `locked` switches (security alerts) are always on. " +
    "`available` is false when the channel cannot reach the caller yet (no push device, no Telegram link, no email); the switch can still be set.",
  tags: ["Me"],
  access: "user",
  response: notificationPreferencesDto,
});

export const updateNotificationPreferencesEndpoint = defineEndpoint({
  method: "put",
  path: "/api/v1/me/notification-preferences",
  operationId: "updateNotificationPreferences",
  summary: "Change some of the caller's notification switches; answers the whole table",
  description:
    "A partial update: only the listed switches change, each stored as the caller's own choice (kept even when it equals the default). " +
    "Turning a locked switch off answers 422 `validation_failed` with the field's path, and nothing changes. SMS is not offered.",
  tags: ["Me"],
  access: "user",
  body: updateNotificationPreferencesInput,
  response: notificationPreferencesDto,
  maxBodyBytes: 16 * 1024,
  rateLimit: { bucket: "notification_preferences.write", limit: 60, windowSeconds: 60 },
});
