import "server-only";
import type { CenterAccess } from "@/lib/access/center-scope";
import { db } from "@/lib/db";
import { AppError } from "@/lib/http/errors";
import { findStaffLiveClassOrThrow } from "./find-staff-live-class";

/**
 * The host's Zoom start link, for staff who may manage the class (its own function, so that no
 * list or DTO ever carries it). Security-critical: whoever has it starts the meeting as host.
 */
export async function getHostStartUrl(access: CenterAccess, liveClassId: string): Promise<{ startUrl: string }> {
  const liveClass = await findStaffLiveClassOrThrow(db, access, liveClassId);
  if (!liveClass.zoomStartUrl || liveClass.status === "CANCELLED" || liveClass.status === "ENDED") throw new AppError("conflict");
  return { startUrl: liveClass.zoomStartUrl };
}
