import { z } from "zod";
import { pageOf } from "@/lib/http/pagination";

/** One notification of the caller's in-app inbox. `data` holds ids for deep links, never personal data. */
export const notificationDto = z
  .object({
    id: z.uuid(),
    kind: z.enum([
      "ORDER_RECEIPT",
      "PAYMENT_FAILED",
      "REFUND_UPDATE",
      "ENROLLMENT_GRANTED",
      "COURSE_ANNOUNCEMENT",
      "LIVE_CLASS_REMINDER",
      "QUIZ_RESULT",
      "NEW_COURSE_FROM_FOLLOWED",
      "SUPPORT_REPLY",
      "POLICY_UPDATE",
      "ACCOUNT_SECURITY",
    ]),
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
