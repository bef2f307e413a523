import "server-only";
import type { ClientInfo } from "@/lib/http/client-info";
import { normalizeContact } from "@/lib/contact/normalize-contact";
import { db } from "@/lib/db";
import { AppError } from "@/lib/http/errors";
import type { RateLimitRule } from "@/lib/http/endpoint";
import { log } from "@/lib/log";
import { consumeRateLimits } from "@/lib/rate-limit/rate-limit";
import { childReportInput, readReportedAccount, type ChildReportInput } from "./child-report-schema";

/** Per network address and per signed-in reporter: a handful an hour is plenty for a real concern. */
export const CHILD_REPORT_LIMIT: RateLimitRule = { bucket: "child_report", limit: 5, windowSeconds: 3600 };

async function findReportedUserId(account: string): Promise<string | null> {
  const read = readReportedAccount(account);
  if (read.kind === "profile") {
    const profile = await db.instructorProfile.findUnique({ where: { id: read.instructorId }, select: { userId: true, user: { select: { status: true } } } });
    return profile && profile.user.status !== "DELETED" ? profile.userId : null;
  }
  let where: { email: string } | { phone: string };
  if (read.kind === "email") where = { email: read.value };
  else {
    try {
      where = { phone: normalizeContact({ phone: read.value }).value };
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      throw new AppError("validation_failed", { details: [{ path: "account", code: "account_invalid", message: "account_invalid" }] });
    }
  }
  const user = await db.user.findFirst({ where: { ...where, status: { not: "DELETED" } }, select: { id: true } });
  return user?.id ?? null;
}

/**
 * Anyone, signed in or not, reports an account they believe belongs to a child under 13 (policy
 * S9). The answer is the same whether or not an account matches (the form must not tell who has an
 * account); only a match is stored, as an OPEN report for the operator. Nothing about an unmatched
 * identifier is kept.
 */
export async function submitChildReport(input: ChildReportInput, options: { reporterUserId: string | null; client: ClientInfo; now?: Date }): Promise<void> {
  const { account, reason, contact } = childReportInput.parse(input);
  const now = options.now ?? new Date();
  const limits = [{ rule: CHILD_REPORT_LIMIT, subject: `ip:${options.client.ip ?? "unknown"}` }];
  if (options.reporterUserId) limits.push({ rule: CHILD_REPORT_LIMIT, subject: `user:${options.reporterUserId}` });
  const refused = await consumeRateLimits(limits, now);
  if (refused.length > 0) throw new AppError("rate_limited", { retryAfterSeconds: Math.max(...refused.map((r) => r.retryAfterSeconds)) });
  const reportedUserId = await findReportedUserId(account);
  if (reportedUserId) {
    await db.childAccountReport.create({
      data: { reportedUserId, reporterUserId: options.reporterUserId, reporterContact: contact ?? null, reason, status: "OPEN" },
      select: { id: true },
    });
  }
  log.info("child_report.received", { matched: reportedUserId !== null, signedIn: options.reporterUserId !== null });
}
