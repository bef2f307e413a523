/** Students may open the join link this long before the start (a waiting room is on anyway). */
export const JOIN_OPENS_BEFORE_MS = 15 * 60_000;

/** Reminder outbox rows written for every scheduled class, by how long before its start. */
export const REMINDER_OFFSETS = [
  { label: "24h", ms: 24 * 60 * 60_000 },
  { label: "1h", ms: 60 * 60_000 },
] as const;

export type JoinState = "open" | "not_open_yet" | "ended" | "cancelled";

type ClassTimes = { status: "SCHEDULED" | "LIVE" | "ENDED" | "CANCELLED"; startsAt: Date; endsAt: Date };

export const joinOpensAt = (startsAt: Date) => new Date(startsAt.getTime() - JOIN_OPENS_BEFORE_MS);

/**
 * When a student may join: from 15 minutes before the start until the scheduled end, and for as
 * long after it as Zoom reports the meeting running (a class that overruns stays joinable). A
 * class Zoom reported ended, or the center cancelled, is closed.
 */
export function joinState(liveClass: ClassTimes, now: Date): JoinState {
  if (liveClass.status === "CANCELLED") return "cancelled";
  if (liveClass.status === "ENDED") return "ended";
  if (now < joinOpensAt(liveClass.startsAt)) return "not_open_yet";
  if (liveClass.status === "LIVE") return "open";
  return now <= liveClass.endsAt ? "open" : "ended";
}
