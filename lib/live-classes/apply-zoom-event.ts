import "server-only";
import type { Tx } from "@/lib/db";
import type { ZoomEventRecord } from "@/lib/integrations/zoom/webhook-event";

const PARTICIPATION_KEY = /^[0-9a-f]{32}$/;

/** The `customer_key` an SDK join would carry for a participation: its id without hyphens (≤ 35 chars). */
export function participationKey(participationId: string): string {
  return participationId.replaceAll("-", "");
}

function keyToId(key: string | null): string | null {
  if (!key || !PARTICIPATION_KEY.test(key)) return null;
  return `${key.slice(0, 8)}-${key.slice(8, 12)}-${key.slice(12, 16)}-${key.slice(16, 20)}-${key.slice(20)}`;
}

function time(value: string | null, fallback: Date): Date {
  const parsed = value ? new Date(value) : null;
  return parsed && !Number.isNaN(parsed.getTime()) ? parsed : fallback;
}

/**
 * The side effect of one verified Zoom event, inside the transaction that stored its ProviderEvent.
 * Status moves forward only (SCHEDULED → LIVE → ENDED; a cancelled class stays cancelled).
 * Participants are tied to a student only through `customer_key` = one of our participation keys
 * for this class (a Meeting SDK join); a plain join link carries no such key, and Zoom registrants
 * would need the student's email (policy S3), so those events are stored without a student.
 * Returns what it did, for the event's record.
 */
export async function applyZoomEvent(tx: Tx, record: ZoomEventRecord, now: Date): Promise<string> {
  if (!record.meetingId) return "ignored";
  const liveClass = await tx.liveClass.findUnique({ where: { zoomMeetingId: record.meetingId }, select: { id: true } });
  if (!liveClass) return "unknown_meeting";
  switch (record.event) {
    case "meeting.started": {
      const { count } = await tx.liveClass.updateMany({
        where: { id: liveClass.id, status: "SCHEDULED" },
        data: { status: "LIVE", startedAt: time(record.startTime, now) },
      });
      return count ? "started" : "unchanged";
    }
    case "meeting.ended": {
      const { count } = await tx.liveClass.updateMany({
        where: { id: liveClass.id, status: { in: ["SCHEDULED", "LIVE"] } },
        data: { status: "ENDED", endedAt: time(record.endTime, now) },
      });
      return count ? "ended" : "unchanged";
    }
    case "meeting.participant_joined":
      return participantJoined(tx, liveClass.id, record, now);
    case "meeting.participant_left":
      return participantLeft(tx, liveClass.id, record, now);
    default:
      return "ignored";
  }
}

async function participantJoined(tx: Tx, liveClassId: string, record: ZoomEventRecord, now: Date): Promise<string> {
  const participationId = keyToId(record.participant?.customerKey ?? null);
  if (!participationId) return "unmatched";
  const participation = await tx.liveClassParticipation.findFirst({ where: { id: participationId, liveClassId }, select: { id: true, userId: true, joinedAt: true } });
  if (!participation) return "unmatched";
  const joinedAt = time(record.participant?.joinTime ?? null, now);
  const zoomParticipantId = record.participant?.participantUuid ?? record.participant?.id ?? null;
  if (participation.joinedAt === null) {
    await tx.liveClassParticipation.update({ where: { id: participation.id }, data: { joinedAt, zoomParticipantId } });
  } else {
    // The same student joining again with the same key: one row per join.
    await tx.liveClassParticipation.create({ data: { liveClassId, userId: participation.userId, joinRequestedAt: joinedAt, joinedAt, zoomParticipantId } });
  }
  return "participant_recorded";
}

async function participantLeft(tx: Tx, liveClassId: string, record: ZoomEventRecord, now: Date): Promise<string> {
  const zoomParticipantId = record.participant?.participantUuid ?? record.participant?.id ?? null;
  const participationId = keyToId(record.participant?.customerKey ?? null);
  const candidates = [
    ...(zoomParticipantId ? [{ liveClassId, zoomParticipantId, leftAt: null }] : []),
    ...(participationId ? [{ liveClassId, id: participationId, leftAt: null }] : []),
  ];
  if (candidates.length === 0) return "unmatched";
  const open = await tx.liveClassParticipation.findFirst({ where: { OR: candidates }, orderBy: { joinedAt: "desc" }, select: { id: true } });
  if (!open) return "unmatched";
  await tx.liveClassParticipation.update({ where: { id: open.id }, data: { leftAt: time(record.participant?.leaveTime ?? null, now) } });
  return "participant_left";
}
