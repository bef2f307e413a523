import { describe, expect, it } from "vitest";
import { readZoomEvent } from "./webhook-event";

const joined = (joinTime: string, extra: Record<string, unknown> = {}) => ({
  event: "meeting.participant_joined",
  event_ts: 1_764_000_000_000,
  payload: {
    object: {
      id: 85012345678,
      uuid: "4444AAAiAAAAAiAiAiiAii==",
      participant: { user_id: "16778240", user_name: "Ko Aung", email: "aung@example.com", participant_uuid: "p-1", join_time: joinTime, ...extra },
    },
  },
});

describe("readZoomEvent", () => {
  it("derives one provider event id per event: a retry repeats it, a second join does not", () => {
    const a = readZoomEvent(joined("2026-11-24T10:01:00Z"));
    const retry = readZoomEvent(joined("2026-11-24T10:01:00Z"));
    const rejoin = readZoomEvent(joined("2026-11-24T10:20:00Z"));
    expect(a).toMatchObject({ kind: "event", providerEventId: "meeting.participant_joined:4444AAAiAAAAAiAiAiiAii==:p-1:2026-11-24T10:01:00Z" });
    expect(a?.kind === "event" && retry?.kind === "event" && a.providerEventId === retry.providerEventId).toBe(true);
    expect(a?.kind === "event" && rejoin?.kind === "event" && a.providerEventId !== rejoin.providerEventId).toBe(true);
  });

  it("keeps ids and times only: no participant name or email", () => {
    const event = readZoomEvent(joined("2026-11-24T10:01:00Z", { customer_key: "abc" }));
    expect(event?.kind).toBe("event");
    if (event?.kind !== "event") return;
    expect(event.record).toEqual({
      event: "meeting.participant_joined",
      eventTs: 1_764_000_000_000,
      meetingId: "85012345678",
      meetingUuid: "4444AAAiAAAAAiAiAiiAii==",
      startTime: null,
      endTime: null,
      participant: { id: "16778240", participantUuid: "p-1", customerKey: "abc", joinTime: "2026-11-24T10:01:00Z", leaveTime: null },
    });
    expect(JSON.stringify(event.record)).not.toMatch(/Ko Aung|aung@example\.com/);
  });

  it("reads url_validation and refuses what is not a Zoom event", () => {
    expect(readZoomEvent({ event: "endpoint.url_validation", payload: { plainToken: "abc" } })).toEqual({ kind: "url_validation", plainToken: "abc" });
    expect(readZoomEvent({ event: "endpoint.url_validation", payload: {} })).toBeNull();
    expect(readZoomEvent({ payload: {} })).toBeNull();
    expect(readZoomEvent("text")).toBeNull();
    expect(readZoomEvent(null)).toBeNull();
  });
});
