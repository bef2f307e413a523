import "server-only";
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import * as account from "./collect-account";
import * as commerce from "./collect-commerce";
import * as conversations from "./collect-conversations";
import * as learning from "./collect-learning";
import * as notifications from "./collect-notifications";
import * as privacy from "./collect-privacy";
import * as staff from "./collect-staff";
import { ROWS_PER_SECTION, type ExportContext } from "./export-context";
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportDocument } from "./export-dto";

/**
 * Everything the platform holds about one user, as the versioned export document (policy S6),
 * and a COMPLETED EXPORT privacy request as the record that it was handed out. The reads run in
 * one REPEATABLE READ transaction, so the sections agree with each other (an order and its
 * enrollment are from the same moment). Every query is filtered by the user's own id.
 */
export async function exportUserData(userId: string, now = new Date()): Promise<ExportDocument> {
  const document = await db.$transaction(
    async (tx) => {
      const ctx: ExportContext = { tx, userId, truncated: new Set() };
      const user = await account.collectUser(ctx);
      const body = {
        user,
        instructorProfile: await staff.collectInstructorProfile(ctx),
        sessions: await account.collectSessions(ctx),
        deviceTokens: await account.collectDeviceTokens(ctx),
        telegram: await account.collectTelegram(ctx),
        linkedAccounts: await account.collectLinkedAccounts(ctx),
        centerMemberships: await staff.collectMemberships(ctx),
        files: await staff.collectFiles(ctx),
        orders: await commerce.collectOrders(ctx),
        refunds: await commerce.collectRefunds(ctx),
        enrollments: await learning.collectEnrollments(ctx),
        lessonProgress: await learning.collectLessonProgress(ctx),
        quizAttempts: await learning.collectQuizAttempts(ctx),
        liveClassParticipation: await learning.collectLiveClassParticipation(ctx),
        follows: await learning.collectFollows(ctx),
        notifications: await notifications.collectNotifications(ctx),
        notificationPreferences: await notifications.collectNotificationPreferences(ctx),
        notificationDeliveries: await notifications.collectNotificationDeliveries(ctx),
        policyAcknowledgements: await privacy.collectPolicyAcknowledgements(ctx),
        consents: await privacy.collectConsents(ctx, user.ageConfirmedAt),
        supportRequests: await conversations.collectSupportRequests(ctx),
        messengerConversations: await conversations.collectMessengerConversations(ctx),
        usageEvents: await privacy.collectUsageEvents(ctx),
        activity: await staff.collectActivity(ctx),
        privacyRequests: await privacy.collectPrivacyRequests(ctx),
      };
      // The operator's privacy queue shows every export; written with the reads, so a failed
      // export leaves no record and a recorded one was really produced.
      await tx.privacyRequest.create({
        data: { kind: "EXPORT", status: "COMPLETED", subjectUserId: userId, completedAt: now, createdAt: now },
        select: { id: true },
      });
      return {
        format: EXPORT_FORMAT,
        version: EXPORT_VERSION,
        generatedAt: now.toISOString(),
        limits: { rowsPerSection: ROWS_PER_SECTION, truncatedSections: [...ctx.truncated].sort() },
        ...body,
      } satisfies ExportDocument;
    },
    { isolationLevel: "RepeatableRead", timeout: 30_000 },
  );
  log.info("privacy.export_generated", { userId, truncatedSections: document.limits.truncatedSections.length });
  return document;
}
