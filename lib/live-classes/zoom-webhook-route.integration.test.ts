import { createHmac } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { participationKey } from "@/lib/live-classes/apply-zoom-event";
import { callRoute } from "@/lib/testing/call-route";
import { createCenter } from "@/lib/testing/factories";
import { createCourseIn, createEnrolledStudent, createLiveClass } from "@/lib/testing/live-class-factories";
import { POST } from "@/app/api/webhooks/zoom/route";

let course: Awaited<ReturnType<typeof createCourseIn>>;

beforeAll(async () => {
  course = await createCourseIn((await createCenter()).id);
});

/** Signs as Zoom does, computed here independently of the code under test. */
function signed(body: string, options: { secret?: string; timestamp?: number } = {}) {
  const ts = String(options.timestamp ?? Math.floor(Date.now() / 1000));
  const signature = `v0=${createHmac("sha256", options.secret ?? env().ZOOM_WEBHOOK_SECRET_TOKEN).update(`v0:${ts}:${body}`).digest("hex")}`;
  return { "x-zm-signature": signature, "x-zm-request-timestamp": ts, "content-type": "application/json" };
}

const deliver = (body: string, headers: Record<string, string>) => callRoute(POST, "/api/webhooks/zoom", { method: "POST", body, headers });

const meetingEvent = (event: string, meetingId: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ event, event_ts: Date.now(), payload: { account_id: "acc", object: { id: Number(meetingId), uuid: `uuid-${meetingId}==`, topic: "Live", ...extra } } });

const zoomEvents = () => db.providerEvent.count({ where: { source: "ZOOM" } });

describe("POST /api/webhooks/zoom", () => {
  it("answers endpoint.url_validation with the HMAC of the plain token", async () => {
    const body = JSON.stringify({ event: "endpoint.url_validation", payload: { plainToken: "qgg8vlvZRS6UYooatFL8Aw" }, event_ts: Date.now() });
    const res = await deliver(body, signed(body));
    expect(res.status).toBe(200);
    expect(res.json).toEqual({
      plainToken: "qgg8vlvZRS6UYooatFL8Aw",
      encryptedToken: createHmac("sha256", env().ZOOM_WEBHOOK_SECRET_TOKEN).update("qgg8vlvZRS6UYooatFL8Aw").digest("hex"),
    });
  });

  it("refuses a wrong secret, a tampered body, a stale timestamp and a missing signature (401) with no side effect", async () => {
    const liveClass = await createLiveClass(course);
    const body = meetingEvent("meeting.started", liveClass.zoomMeetingId!, { start_time: new Date().toISOString() });
    const before = await zoomEvents();
    const attempts = [
      signed(body, { secret: "not-the-secret" }),
      signed(body.replace("meeting.started", "meeting.ended")),
      signed(body, { timestamp: Math.floor(Date.now() / 1000) - 301 }),
      { "content-type": "application/json" },
    ];
    for (const headers of attempts) {
      const res = await deliver(body, headers);
      expect(res.status).toBe(401);
      expect(res.json.error.code).toBe("unauthorized");
    }
    expect(await zoomEvents()).toBe(before);
    expect((await db.liveClass.findUniqueOrThrow({ where: { id: liveClass.id } })).status).toBe("SCHEDULED");
  });

  it("answers 400 to a signed body that is not JSON or not a Zoom event", async () => {
    const broken = '{"event": "meeting.started", ';
    expect((await deliver(broken, signed(broken))).status).toBe(400);
    const notEvent = JSON.stringify({ hello: "world" });
    expect((await deliver(notEvent, signed(notEvent))).status).toBe(400);
  });

  it("moves a class to LIVE then ENDED once; a duplicate delivery changes nothing", async () => {
    const liveClass = await createLiveClass(course);
    const startedAt = "2026-11-24T10:00:05Z";
    const started = meetingEvent("meeting.started", liveClass.zoomMeetingId!, { start_time: startedAt });
    const first = await deliver(started, signed(started));
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({ status: "processed", outcome: "started" });
    let row = await db.liveClass.findUniqueOrThrow({ where: { id: liveClass.id } });
    expect(row.status).toBe("LIVE");
    expect(row.startedAt?.toISOString()).toBe("2026-11-24T10:00:05.000Z");

    const before = await zoomEvents();
    const again = await deliver(started, signed(started));
    expect(again.status).toBe(200);
    expect(again.json).toEqual({ status: "duplicate" });
    expect(await zoomEvents()).toBe(before);

    const ended = meetingEvent("meeting.ended", liveClass.zoomMeetingId!, { start_time: startedAt, end_time: "2026-11-24T11:02:00Z" });
    expect((await deliver(ended, signed(ended))).json.outcome).toBe("ended");
    row = await db.liveClass.findUniqueOrThrow({ where: { id: liveClass.id } });
    expect(row).toMatchObject({ status: "ENDED", endedAt: new Date("2026-11-24T11:02:00Z") });
    const stored = await db.providerEvent.findFirstOrThrow({ where: { source: "ZOOM", type: "meeting.ended", providerEventId: { contains: liveClass.zoomMeetingId! } } });
    expect(stored.processedAt).not.toBeNull();
  });

  it("never revives a cancelled class, and stores events of unknown meetings only", async () => {
    const cancelled = await createLiveClass(course, { status: "CANCELLED" });
    const body = meetingEvent("meeting.started", cancelled.zoomMeetingId!, { start_time: new Date().toISOString() });
    expect((await deliver(body, signed(body))).json.outcome).toBe("unchanged");
    expect((await db.liveClass.findUniqueOrThrow({ where: { id: cancelled.id } })).status).toBe("CANCELLED");
    const unknown = meetingEvent("meeting.started", "12345678901", { start_time: new Date().toISOString() });
    const res = await deliver(unknown, signed(unknown));
    expect(res.status).toBe(200);
    expect(res.json.outcome).toBe("unknown_meeting");
  });

  it("ties a participant to our join through customer_key, and keeps no name or email from Zoom", async () => {
    const liveClass = await createLiveClass(course, { status: "LIVE" });
    const student = await createEnrolledStudent(course);
    const participation = await db.liveClassParticipation.create({ data: { liveClassId: liveClass.id, userId: student.id } });
    const participant = { user_id: "16778240", user_name: "Ko Aung", id: "iFxeBPYun6SAiWUzBcEkX", participant_uuid: "part-uuid-1", email: "aung@example.com", join_time: "2026-11-24T10:01:00Z" };
    const joined = meetingEvent("meeting.participant_joined", liveClass.zoomMeetingId!, { participant: { ...participant, customer_key: participationKey(participation.id) } });
    expect((await deliver(joined, signed(joined))).json.outcome).toBe("participant_recorded");
    expect(await db.liveClassParticipation.findUniqueOrThrow({ where: { id: participation.id } })).toMatchObject({
      joinedAt: new Date("2026-11-24T10:01:00Z"),
      zoomParticipantId: "part-uuid-1",
      leftAt: null,
    });
    const left = meetingEvent("meeting.participant_left", liveClass.zoomMeetingId!, { participant: { ...participant, leave_time: "2026-11-24T10:50:00Z" } });
    expect((await deliver(left, signed(left))).json.outcome).toBe("participant_left");
    expect((await db.liveClassParticipation.findUniqueOrThrow({ where: { id: participation.id } })).leftAt).toEqual(new Date("2026-11-24T10:50:00Z"));

    // A plain join link carries no key: the event is stored, no student is guessed.
    const anonymous = meetingEvent("meeting.participant_joined", liveClass.zoomMeetingId!, { participant: { ...participant, participant_uuid: "part-uuid-2", join_time: "2026-11-24T10:05:00Z" } });
    expect((await deliver(anonymous, signed(anonymous))).json.outcome).toBe("unmatched");
    expect(await db.liveClassParticipation.count({ where: { liveClassId: liveClass.id } })).toBe(1);
    const payloads = await db.providerEvent.findMany({ where: { source: "ZOOM", type: { startsWith: "meeting.participant" } } });
    expect(payloads.length).toBeGreaterThanOrEqual(3);
    for (const p of payloads) {
      expect(JSON.stringify(p.payload)).not.toContain("aung@example.com");
      expect(JSON.stringify(p.payload)).not.toContain("Ko Aung");
    }
  });
});
