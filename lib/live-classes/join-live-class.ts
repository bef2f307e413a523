import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/http/errors";
import { joinOpensAt, joinState } from "./live-class-rules";
import { activeEnrollmentWhere } from "./list-my-live-classes";

/**
 * The Zoom join link of a class, for a student with an active enrollment in its course; anyone
 * else gets 404, as for a class that does not exist. Outside the join window (15 minutes before
 * the start until the end) the answer is 409 with the reason. Each successful call records a
 * participation row (the request time; Zoom's webhooks may add the join and leave times).
 */
export async function joinLiveClass(actor: Actor, liveClassId: string, now = new Date()): Promise<{ joinUrl: string }> {
  const liveClass = await db.liveClass.findFirst({
    where: { id: liveClassId, course: { enrollments: { some: activeEnrollmentWhere(actor.userId, now) } } },
    select: { id: true, status: true, startsAt: true, endsAt: true, zoomJoinUrl: true },
  });
  if (!liveClass) throw new AppError("not_found");
  const state = joinState(liveClass, now);
  if (state !== "open") {
    throw new AppError("conflict", { details: { reason: state, joinOpensAt: joinOpensAt(liveClass.startsAt).toISOString() } });
  }
  if (!liveClass.zoomJoinUrl) throw new AppError("conflict", { details: { reason: "no_meeting" } });
  await db.liveClassParticipation.create({ data: { liveClassId: liveClass.id, userId: actor.userId, joinRequestedAt: now } });
  return { joinUrl: liveClass.zoomJoinUrl };
}
