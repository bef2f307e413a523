import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { assertPlatformAdmin } from "./operator";

export type AdminOverview = { pendingCenters: number; openChildReports: number; openPrivacyRequests: number };

/** What waits for the operator, for the admin home page. */
export async function getAdminOverview(actor: Actor | null): Promise<AdminOverview> {
  assertPlatformAdmin(actor);
  const [pendingCenters, openChildReports, openPrivacyRequests] = await Promise.all([
    db.center.count({ where: { status: "PENDING" } }),
    db.childAccountReport.count({ where: { status: "OPEN" } }),
    db.privacyRequest.count({ where: { status: { in: ["RECEIVED", "IN_PROGRESS"] } } }),
  ]);
  return { pendingCenters, openChildReports, openPrivacyRequests };
}
