import { z } from "zod";
import { defineEndpoint } from "@/lib/http/endpoint";
import { pageQuery } from "@/lib/http/pagination";
import { notificationPageDto } from "@/lib/notifications/inbox/notification-dto";

const idParams = z.object({ id: z.uuid() });

export const listMyNotificationsEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/me/notifications",
  operationId: "listMyNotifications",
  summary: "The caller's in-app notifications, newest first, with the unread count",
  tags: ["Me"],
  access: "user",
  query: pageQuery,
  response: notificationPageDto,
});

export const markNotificationReadEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/me/notifications/{id}/read",
  operationId: "markNotificationRead",
  summary: "Mark one of the caller's notifications read (idempotent)",
  tags: ["Me"],
  access: "user",
  params: idParams,
  response: z.null(),
  successStatus: 204,
  errors: ["not_found"],
  rateLimit: { bucket: "notifications.write", limit: 600, windowSeconds: 60 },
});

export const markAllNotificationsReadEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/me/notifications/read-all",
  operationId: "markAllNotificationsRead",
  summary: "Mark every unread notification of the caller read",
  tags: ["Me"],
  access: "user",
  response: z.object({ updated: z.number().int().min(0) }).meta({ id: "NotificationsMarkedRead" }),
  rateLimit: { bucket: "notifications.write", limit: 600, windowSeconds: 60 },
});
