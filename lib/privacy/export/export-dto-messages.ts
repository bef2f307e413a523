import { z } from "zod";
import { when, whenOrNull } from "./export-primitives";

/** Notifications, support, Messenger, policies, consents, privacy requests and usage events. */

const kind = z.string().meta({ description: "NotificationKind" });
const channel = z.string().meta({ description: "NotificationChannel" });

export const exportNotificationDto = z
  .object({ id: z.uuid(), kind, title: z.string(), body: z.string(), data: z.unknown().nullable(), readAt: whenOrNull, createdAt: when })
  .meta({ id: "ExportNotification" });

export const exportNotificationPreferenceDto = z
  .object({ kind, channel, enabled: z.boolean(), updatedAt: when })
  .meta({ id: "ExportNotificationPreference", description: "Only choices the user made; an absent pair uses the default." });

export const exportNotificationDeliveryDto = z
  .object({ notificationId: z.uuid().nullable(), kind, channel, status: z.enum(["SENT", "FAILED", "SKIPPED"]), errorCode: z.string().nullable(), createdAt: when })
  .meta({ id: "ExportNotificationDelivery" });

export const exportPolicyAcknowledgementDto = z
  .object({ policy: z.enum(["STUDENT", "CENTER_ADMIN", "CHATBOT", "REFUND"]), version: z.number().int(), effectiveAt: when, acknowledgedAt: when })
  .meta({ id: "ExportPolicyAcknowledgement" });

export const exportConsentDto = z
  .object({
    kind: z.enum(["AGE_13_OR_OLDER", "MESSENGER_MARKETING"]),
    given: z.boolean(),
    givenAt: whenOrNull,
    withdrawnAt: whenOrNull,
  })
  .meta({ id: "ExportConsent" });

/** Written by an operator or by the user; operators are never named (another person's data). */
const reply = z.object({ fromOperator: z.boolean(), body: z.string(), createdAt: when });

export const exportSupportRequestDto = z
  .object({
    id: z.uuid(),
    source: z.enum(["WEB", "APP", "MESSENGER"]),
    status: z.enum(["OPEN", "ANSWERED", "CLOSED"]),
    subject: z.string().nullable(),
    body: z.string(),
    orderReference: z.string().nullable(),
    courseId: z.uuid().nullable(),
    createdAt: when,
    closedAt: whenOrNull,
    replies: z.array(reply),
  })
  .meta({ id: "ExportSupportRequest" });

export const exportMessengerConversationDto = z
  .object({
    psid: z.string().meta({ description: "Your Page-scoped id on Messenger" }),
    operatorStatus: z.string(),
    marketingConsent: z.boolean(),
    createdAt: when,
    lastActivityAt: when,
    messages: z.array(z.object({ direction: z.enum(["IN", "OUT"]), text: z.string().nullable(), attachments: z.unknown().nullable(), sentAt: when })),
    events: z.array(z.object({ type: z.enum(["DELIVERY", "READ"]), watermark: when, receivedAt: when })),
  })
  .meta({ id: "ExportMessengerConversation" });

export const exportUsageEventDto = z
  .object({
    name: z.string(),
    screen: z.string().nullable(),
    props: z.unknown().nullable(),
    at: when,
    receivedAt: when,
    platform: z.string().nullable(),
    appVersion: z.string().nullable(),
    country: z.string().nullable(),
  })
  .meta({ id: "ExportUsageEvent" });

export const exportActivityDto = z
  .object({
    action: z.string(),
    targetType: z.string().nullable(),
    ip: z.string().nullable(),
    deviceType: z.string().nullable(),
    os: z.string().nullable(),
    browser: z.string().nullable(),
    appVersion: z.string().nullable(),
    country: z.string().nullable(),
    createdAt: when,
  })
  .meta({ id: "ExportActivity", description: "Security log of your own actions (without the ids of the objects acted on)" });

export const exportPrivacyRequestDto = z
  .object({
    kind: z.enum(["EXPORT", "DELETION", "CHATBOT_DELETION", "CHILD_REPORT"]),
    status: z.enum(["RECEIVED", "IN_PROGRESS", "COMPLETED", "REJECTED"]),
    confirmationCode: z.string().nullable(),
    createdAt: when,
    completedAt: whenOrNull,
  })
  .meta({ id: "ExportPrivacyRequest" });
