import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/http/errors";
import { maskContact } from "../mask";
import { assertPlatformAdmin } from "../operator";

type Status = "OPEN" | "ACTIONED" | "DISMISSED";
type UserStatus = "ACTIVE" | "DEACTIVATED" | "DELETED";

export type ChildReportRow = {
  id: string;
  status: Status;
  createdAt: string;
  /** The reported account, masked; null once it is deleted or gone. */
  subject: { userId: string; contact: string | null; status: UserStatus } | null;
  signedInReporter: boolean;
};

export type ChildReportDetail = ChildReportRow & {
  reason: string;
  /** What the reporter left to be reached at (they typed it for this purpose). */
  reporterContact: string | null;
  actionedAt: string | null;
  confirmationCode: string | null;
  subjectCreatedAt: string | null;
  subjectAgeConfirmed: boolean | null;
};

const subjectSelect = { id: true, phone: true, email: true, status: true, createdAt: true, ageConfirmedAt: true } as const;

function toRow(row: { id: string; status: Status; createdAt: Date; reporterUserId: string | null; reportedUser: { id: string; phone: string | null; email: string | null; status: UserStatus } | null }): ChildReportRow {
  const user = row.reportedUser;
  return {
    id: row.id,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    subject: user ? { userId: user.id, contact: maskContact(user), status: user.status } : null,
    signedInReporter: row.reporterUserId !== null,
  };
}

/** The operator's queue: OPEN reports first (oldest first, they waited longest), then the handled ones, newest first. */
export async function listChildReports(actor: Actor | null): Promise<{ open: ChildReportRow[]; handled: ChildReportRow[] }> {
  assertPlatformAdmin(actor);
  const select = { id: true, status: true, createdAt: true, reporterUserId: true, reportedUser: { select: subjectSelect } } as const;
  const [open, handled] = await Promise.all([
    db.childAccountReport.findMany({ where: { status: "OPEN" }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: 200, select }),
    db.childAccountReport.findMany({ where: { status: { not: "OPEN" } }, orderBy: [{ updatedAt: "desc" }, { id: "desc" }], take: 100, select }),
  ]);
  return { open: open.map(toRow), handled: handled.map(toRow) };
}

/** One report with its reason, for the operator's decision. */
export async function getChildReport(actor: Actor | null, reportId: string): Promise<ChildReportDetail> {
  assertPlatformAdmin(actor);
  if (!z.uuid().safeParse(reportId).success) throw new AppError("not_found");
  const row = await db.childAccountReport.findUnique({
    where: { id: reportId },
    select: {
      id: true,
      status: true,
      createdAt: true,
      reporterUserId: true,
      reason: true,
      reporterContact: true,
      actionedAt: true,
      privacyRequest: { select: { confirmationCode: true } },
      reportedUser: { select: subjectSelect },
    },
  });
  if (!row) throw new AppError("not_found");
  return {
    ...toRow(row),
    reason: row.reason,
    reporterContact: row.reporterContact,
    actionedAt: row.actionedAt?.toISOString() ?? null,
    confirmationCode: row.privacyRequest?.confirmationCode ?? null,
    subjectCreatedAt: row.reportedUser?.createdAt.toISOString() ?? null,
    subjectAgeConfirmed: row.reportedUser ? row.reportedUser.ageConfirmedAt !== null : null,
  };
}
