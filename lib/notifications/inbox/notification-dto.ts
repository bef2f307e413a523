import { z } from "zod";
import { NotificationKind } from "@/lib/generated/prisma/enums";
import { pageOf } from "@/lib/http/pagination";

/** One notification of the caller's in-app inbox. `data` holds ids for deep links, never personal data. */
export const notificationDto = z
  .object({
    id: z.uuid(),
    kind: z.enum(NotificationKind),
    title: z.string(),
    body: z.string(),
    data: z.record(z.string(), z.unknown()).nullable(),
    readAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "Notification" });

/** The inbox page: the contract's list envelope plus the unread count for the badge. */
export const notificationPageDto = pageOf(notificationDto).extend({ unreadCount: z.number().int().min(0) }).meta({ id: "NotificationPage" });

export type NotificationDto = z.input<typeof notificationDto>;
export type NotificationPage = z.input<typeof notificationPageDto>;
