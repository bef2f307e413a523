import { randomInt } from "node:crypto";

/** Every Zoom meeting of MMSO is scheduled in Myanmar time. */
export const ZOOM_TIMEZONE = "Asia/Yangon";

/**
 * What MMSO tells Zoom about a class. Policy S3: only the topic and the time — never a student's
 * name, phone or email; students join through the meeting's link, not as registrants.
 */
export type CreateMeetingInput = {
  topic: string;
  startTime: Date;
  durationMinutes: number;
  timezone: typeof ZOOM_TIMEZONE;
};

export type UpdateMeetingInput = Partial<Omit<CreateMeetingInput, "timezone">>;

/** A created meeting. `startUrl` starts it as the host: a host secret, never in a student response. */
export type ZoomMeeting = { meetingId: string; joinUrl: string; startUrl: string; password: string };

export interface ZoomClient {
  createMeeting(input: CreateMeetingInput): Promise<ZoomMeeting>;
  updateMeeting(meetingId: string, input: UpdateMeetingInput): Promise<void>;
  /** Deletes a meeting; one that Zoom no longer knows counts as deleted. */
  deleteMeeting(meetingId: string): Promise<void>;
}

export type ZoomErrorKind = "auth" | "rate_limited" | "invalid_request" | "not_found" | "unavailable";

/** A failed Zoom call. The message names the operation, status and Zoom's code only: no secret, no body. */
export class ZoomError extends Error {
  constructor(
    readonly kind: ZoomErrorKind,
    readonly operation: string,
    readonly status?: number,
    readonly zoomCode?: number,
  ) {
    super(`Zoom ${operation} failed: ${kind}${status ? ` (HTTP ${status}${zoomCode ? `, code ${zoomCode}` : ""})` : ""}`);
    this.name = "ZoomError";
  }
}

const PASSCODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

/** A 10-character meeting passcode (Zoom's maximum) from a CSPRNG. */
export function generatePasscode(length = 10): string {
  return Array.from({ length }, () => PASSCODE_ALPHABET[randomInt(PASSCODE_ALPHABET.length)]).join("");
}

/** Zoom's `start_time` in the meeting's own zone wants no offset; UTC with "Z" is also accepted. */
function startTimeField(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/**
 * The body of `POST /v2/users/me/meetings` (integrations.md): a scheduled meeting (type 2) with a
 * passcode, a waiting room, no joining before the host and no automatic recording (recording
 * students would need their consent). Built from CreateMeetingInput only, so no student data can
 * reach Zoom (policy S3). The sandbox records exactly this body.
 */
export function meetingRequestBody(input: CreateMeetingInput, password: string) {
  return {
    topic: input.topic.slice(0, 200),
    type: 2,
    start_time: startTimeField(input.startTime),
    duration: input.durationMinutes,
    timezone: input.timezone,
    password,
    settings: { waiting_room: true, join_before_host: false, auto_recording: "none" },
  };
}

/** The body of `PATCH /v2/meetings/{id}`: only the fields that changed. */
export function meetingUpdateBody(input: UpdateMeetingInput) {
  return {
    ...(input.topic === undefined ? {} : { topic: input.topic.slice(0, 200) }),
    ...(input.startTime === undefined ? {} : { start_time: startTimeField(input.startTime), timezone: ZOOM_TIMEZONE }),
    ...(input.durationMinutes === undefined ? {} : { duration: input.durationMinutes }),
  };
}
