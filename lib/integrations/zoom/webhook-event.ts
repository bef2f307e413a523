import { z } from "zod";

const text = z.string().max(512);
const id = z.union([z.string().max(64), z.number().int().nonnegative()]).transform(String);

const participant = z.object({
  id: text.optional(),
  user_id: text.optional(),
  participant_uuid: text.optional(),
  customer_key: text.optional(),
  join_time: text.optional(),
  leave_time: text.optional(),
});

const envelope = z.object({
  event: z.string().min(1).max(100),
  event_ts: z.number().optional(),
  payload: z
    .object({
      plainToken: text.optional(),
      object: z
        .object({
          id: id.optional(),
          uuid: text.optional(),
          start_time: text.optional(),
          end_time: text.optional(),
          participant: participant.optional(),
        })
        .optional(),
    })
    .optional(),
});

/** The fields MMSO keeps from a Zoom event: ids and times, never a participant's name or email. */
export type ZoomEventRecord = {
  event: string;
  eventTs: number | null;
  meetingId: string | null;
  meetingUuid: string | null;
  startTime: string | null;
  endTime: string | null;
  participant: { id: string | null; participantUuid: string | null; customerKey: string | null; joinTime: string | null; leaveTime: string | null } | null;
};

export type ZoomWebhookEvent =
  | { kind: "url_validation"; plainToken: string }
  | { kind: "event"; type: string; providerEventId: string; record: ZoomEventRecord };

/**
 * Reads a verified Zoom event body (already JSON-parsed) into what MMSO acts on. Returns null for
 * a body that is not a Zoom event (400). The provider event id is derived, because Zoom's body
 * carries none: event + meeting instance + participant + the time the event describes (a retried
 * delivery repeats all of them; a second join of the same person has another join_time).
 */
export function readZoomEvent(body: unknown): ZoomWebhookEvent | null {
  const parsed = envelope.safeParse(body);
  if (!parsed.success) return null;
  const { event, event_ts: eventTs, payload } = parsed.data;
  if (event === "endpoint.url_validation") {
    const plainToken = payload?.plainToken;
    return plainToken ? { kind: "url_validation", plainToken } : null;
  }
  const object = payload?.object;
  const p = object?.participant;
  const record: ZoomEventRecord = {
    event,
    eventTs: eventTs ?? null,
    meetingId: object?.id ?? null,
    meetingUuid: object?.uuid ?? null,
    startTime: object?.start_time ?? null,
    endTime: object?.end_time ?? null,
    participant: p
      ? {
          id: p.id ?? p.user_id ?? null,
          participantUuid: p.participant_uuid ?? null,
          customerKey: p.customer_key ?? null,
          joinTime: p.join_time ?? null,
          leaveTime: p.leave_time ?? null,
        }
      : null,
  };
  const moment =
    event === "meeting.started" ? record.startTime
    : event === "meeting.ended" ? record.endTime
    : event === "meeting.participant_joined" ? (record.participant?.joinTime ?? null)
    : event === "meeting.participant_left" ? (record.participant?.leaveTime ?? null)
    : null;
  const who = record.participant ? (record.participant.participantUuid ?? record.participant.id ?? "-") : null;
  const parts = [event, record.meetingUuid ?? record.meetingId ?? "-", ...(who ? [who] : []), moment ?? String(eventTs ?? "-")];
  return { kind: "event", type: event, providerEventId: parts.join(":"), record };
}
