import { randomBytes, randomInt } from "node:crypto";
import {
  generatePasscode,
  meetingRequestBody,
  meetingUpdateBody,
  type CreateMeetingInput,
  type UpdateMeetingInput,
  type ZoomClient,
  type ZoomMeeting,
} from "./zoom-client";

/** What the sandbox was asked to send to Zoom: the exact bodies the live client would send. */
export type SandboxZoomRequest =
  | { operation: "createMeeting"; path: string; body: ReturnType<typeof meetingRequestBody> }
  | { operation: "updateMeeting"; path: string; body: ReturnType<typeof meetingUpdateBody> }
  | { operation: "deleteMeeting"; path: string };

/**
 * Zoom's stand-in for demo mode and tests: meeting ids are 11 digits from a random base plus a
 * counter (unique within the process, realistic in shape), links look like Zoom's, and nothing
 * leaves the process. `requests` keeps what the live client would have sent, so tests can prove
 * that no student data is in it (policy S3).
 */
export class SandboxZoomClient implements ZoomClient {
  readonly requests: SandboxZoomRequest[] = [];
  private counter = 0;
  private readonly base = 80_000_000_000 + randomInt(0, 9_000_000) * 1000;

  async createMeeting(input: CreateMeetingInput): Promise<ZoomMeeting> {
    const password = generatePasscode();
    const body = meetingRequestBody(input, password);
    this.requests.push({ operation: "createMeeting", path: "/v2/users/me/meetings", body });
    const meetingId = String(this.base + ++this.counter);
    const pwd = randomBytes(24).toString("base64url");
    const zak = randomBytes(32).toString("base64url");
    return {
      meetingId,
      joinUrl: `https://zoom.us/j/${meetingId}?pwd=${pwd}`,
      startUrl: `https://zoom.us/s/${meetingId}?zak=${zak}`,
      password,
    };
  }

  async updateMeeting(meetingId: string, input: UpdateMeetingInput): Promise<void> {
    this.requests.push({ operation: "updateMeeting", path: `/v2/meetings/${meetingId}`, body: meetingUpdateBody(input) });
  }

  async deleteMeeting(meetingId: string): Promise<void> {
    this.requests.push({ operation: "deleteMeeting", path: `/v2/meetings/${meetingId}` });
  }
}
