import "server-only";
import { z } from "zod";
import { logActivity } from "@/lib/audit/log-activity";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { ClientInfo } from "@/lib/http/client-info";
import { AppError } from "@/lib/http/errors";
import { log } from "@/lib/log";
import { newConfirmationCode } from "@/lib/messenger/deletion/delete-chatbot-data";
import { deleteAccount } from "@/lib/privacy/delete-account";
import { assertPlatformAdmin } from "../operator";

export const childReportAction = z.object({
  reportId: z.uuid(),
  action: z.enum(["delete", "dismiss"]),
  /** The operator ticked "I have checked this report" (the form's required box). */
  confirmed: z.literal(true, "confirmation_required").optional(),
});
export type ChildReportAction = z.input<typeof childReportAction>;

async function openReportOrThrow(reportId: string) {
  const report = await db.childAccountReport.findUnique({ where: { id: reportId }, select: { id: true, status: true, reportedUserId: true } });
  if (!report) throw new AppError("not_found");
  if (report.status !== "OPEN") throw new AppError("conflict");
  return report;
}

/**
 * Policy S9: "an account reported as a child is deactivated and its personal data deleted". The
 * deletion is account deletion itself (lib/privacy/delete-account, reason CHILD_REPORT: sign-ins,
 * memberships, contacts, profile, photos), in the same transaction as the decision: the report is
 * ACTIONED with a COMPLETED CHILD_REPORT privacy request, every other open report about the account
 * with it, and the reports' reasons (which may describe the child) are blanked.
 */
async function deleteReportedAccount(actor: Actor, reportId: string, client: ClientInfo): Promise<{ confirmationCode: string }> {
  const report = await openReportOrThrow(reportId);
  const userId = report.reportedUserId;
  if (!userId) throw new AppError("conflict");
  if (userId === actor.userId) throw new AppError("forbidden");
  const result = await db.$transaction(async (tx) => {
    const now = new Date();
    // Already deleted by its owner meanwhile: nothing left to delete, the report is still actioned.
    await deleteAccount({ userId, reason: "CHILD_REPORT", actorUserId: actor.userId, client, tx });
    const confirmationCode = newConfirmationCode();
    const request = await tx.privacyRequest.create({
      data: { kind: "CHILD_REPORT", status: "COMPLETED", subjectUserId: userId, confirmationCode, note: "child_report", handledById: actor.userId, completedAt: now },
      select: { id: true },
    });
    const marked = await tx.childAccountReport.updateMany({
      where: { id: reportId, status: "OPEN" },
      data: { status: "ACTIONED", handledById: actor.userId, actionedAt: now, privacyRequestId: request.id },
    });
    // Another operator got there first: their decision stands, and this whole transaction rolls back.
    if (marked.count === 0) throw new AppError("conflict");
    const others = await tx.childAccountReport.updateMany({
      where: { reportedUserId: userId, status: "OPEN", id: { not: reportId } },
      data: { status: "ACTIONED", handledById: actor.userId, actionedAt: now },
    });
    await tx.childAccountReport.updateMany({ where: { reportedUserId: userId }, data: { reason: "" } });
    await logActivity(tx, {
      action: "child_report.actioned",
      actorUserId: actor.userId,
      targetType: "child_account_report",
      targetId: reportId,
      client,
      metadata: { privacyRequestId: request.id, subjectUserId: userId, otherReports: others.count },
    });
    return { confirmationCode };
  });
  log.info("child_report.actioned", { reportId });
  return result;
}

async function dismissReport(actor: Actor, reportId: string, client: ClientInfo): Promise<void> {
  await openReportOrThrow(reportId);
  await db.$transaction(async (tx) => {
    const marked = await tx.childAccountReport.updateMany({ where: { id: reportId, status: "OPEN" }, data: { status: "DISMISSED", handledById: actor.userId } });
    if (marked.count === 0) throw new AppError("conflict");
    await logActivity(tx, { action: "child_report.dismissed", actorUserId: actor.userId, targetType: "child_account_report", targetId: reportId, client });
  });
}

/** The operator's decision on an OPEN child report: delete the account's personal data, or dismiss the report. */
export async function actOnChildReport(actor: Actor | null, input: ChildReportAction, client: ClientInfo): Promise<{ confirmationCode: string | null }> {
  assertPlatformAdmin(actor);
  const { reportId, action, confirmed } = childReportAction.parse(input);
  if (action === "dismiss") {
    await dismissReport(actor, reportId, client);
    return { confirmationCode: null };
  }
  // Deleting a person's data cannot be undone: the form's explicit confirmation is required.
  if (confirmed !== true) throw new AppError("validation_failed", { details: [{ path: "confirmed", code: "confirmation_required", message: "confirmation_required" }] });
  return deleteReportedAccount(actor, reportId, client);
}
