import { z } from "zod";
import * as account from "./export-dto-account";
import * as learning from "./export-dto-learning";
import * as messages from "./export-dto-messages";
import { when } from "./export-primitives";

export const EXPORT_FORMAT = "mmso-export";
export const EXPORT_VERSION = 1;

/**
 * The data export (policy S6), version 1. A field may be added within a version; renaming or
 * removing one needs version 2. The handler parses every answer through this schema, so a column
 * that is not declared here (a token, a secret, another person's id) cannot leave by accident.
 */
export const exportDocumentDto = z
  .object({
    format: z.literal(EXPORT_FORMAT),
    version: z.literal(EXPORT_VERSION),
    generatedAt: when,
    limits: z.object({
      rowsPerSection: z.number().int(),
      truncatedSections: z.array(z.string()).meta({ description: "Sections that hit the limit (newest rows kept)" }),
    }),
    user: account.exportUserDto,
    instructorProfile: account.exportInstructorProfileDto.nullable(),
    sessions: account.exportSessionsDto,
    deviceTokens: z.array(account.exportDeviceTokenDto),
    telegram: account.exportTelegramDto.nullable(),
    linkedAccounts: z.array(account.exportLinkedAccountDto),
    centerMemberships: z.array(account.exportMembershipDto),
    files: z.array(account.exportFileDto),
    orders: z.array(learning.exportOrderDto),
    refunds: z.array(learning.exportRefundDto),
    enrollments: z.array(learning.exportEnrollmentDto),
    lessonProgress: z.array(learning.exportLessonProgressDto),
    quizAttempts: z.array(learning.exportQuizAttemptDto),
    liveClassParticipation: z.array(learning.exportLiveClassParticipationDto),
    follows: z.array(learning.exportFollowDto),
    notifications: z.array(messages.exportNotificationDto),
    notificationPreferences: z.array(messages.exportNotificationPreferenceDto),
    notificationDeliveries: z.array(messages.exportNotificationDeliveryDto),
    policyAcknowledgements: z.array(messages.exportPolicyAcknowledgementDto),
    consents: z.array(messages.exportConsentDto),
    supportRequests: z.array(messages.exportSupportRequestDto),
    messengerConversations: z.array(messages.exportMessengerConversationDto),
    usageEvents: z.array(messages.exportUsageEventDto),
    activity: z.array(messages.exportActivityDto),
    privacyRequests: z.array(messages.exportPrivacyRequestDto),
  })
  .meta({ id: "DataExport", description: "Everything MMSO holds about the signed-in person, machine-readable (policy S6)" });

export type ExportDocument = z.input<typeof exportDocumentDto>;
/** A section of the document, as the row limit names it. */
export type ExportSection = keyof ExportDocument;
