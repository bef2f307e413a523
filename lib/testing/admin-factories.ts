import { db } from "@/lib/db";
import { createUser, unique } from "./factories";

/** A person with every contact and a profile, as a child's account would look when reported. */
export async function createReportableUser() {
  // A Myanmar mobile range (+95 979…), so the public form's phone normalization accepts it.
  const digits = String(Math.floor(Math.random() * 1e7)).padStart(7, "0");
  return createUser({ phone: `+95979${digits}`, email: `${unique("kid")}@example.com`, name: unique("Kid"), image: `https://cdn.example/${unique("photo")}.jpg` });
}

/** An OPEN child report about `reportedUserId` (anonymous unless a reporter is given). */
export async function createChildReport(reportedUserId: string | null, data: { reporterUserId?: string; reason?: string; status?: "OPEN" | "ACTIONED" | "DISMISSED" } = {}) {
  return db.childAccountReport.create({
    data: { reportedUserId, reporterUserId: data.reporterUserId ?? null, reason: data.reason ?? "She told me she is 11 years old.", status: data.status ?? "OPEN" },
  });
}

/** A finished (or failed) retention run `minutesAgo` minutes ago that took `seconds` seconds. */
export async function createRetentionRun(data: { job?: string; minutesAgo?: number; seconds?: number; deleted?: number; error?: string } = {}) {
  const startedAt = new Date(Date.now() - (data.minutesAgo ?? 0) * 60_000);
  return db.retentionRun.create({
    data: {
      job: data.job ?? unique("rule"),
      cutoff: new Date(startedAt.getTime() - 30 * 86_400_000),
      startedAt,
      finishedAt: new Date(startedAt.getTime() + (data.seconds ?? 2) * 1000),
      deletedCount: data.deleted ?? 0,
      error: data.error ?? null,
    },
  });
}
