import { describe, expect, it } from "vitest";
import { getCenterAccess } from "@/lib/access/center-scope";
import { db } from "@/lib/db";
import { getSandboxZoomClient } from "@/lib/integrations/zoom/get-zoom-client";
import { drainOutbox } from "@/lib/outbox/drain";
import { OUTBOX_HANDLERS } from "@/lib/outbox/handlers";
import { createCourseIn } from "@/lib/testing/live-class-factories";
import { createCenterWithStaff } from "@/lib/testing/staff-factories";
import { cancelLiveClass } from "../cancel-live-class";
import { scheduleLiveClass } from "../schedule-live-class";
import { deleteZoomMeeting } from "./delete-zoom-meeting";

describe("zoom.delete_meeting", () => {
  it("deletes a cancelled class's Zoom meeting through the worker, once", async () => {
    const a = await createCenterWithStaff();
    const course = await createCourseIn(a.center.id, [a.instructorProfile.id]);
    const access = await getCenterAccess(a.admin.actor, a.center.id);
    const created = await scheduleLiveClass(access, { courseId: course.id, startsAt: new Date(Date.now() + 3 * 86_400_000), durationMinutes: 60 });
    const { zoomMeetingId } = await db.liveClass.findUniqueOrThrow({ where: { id: created.id } });
    await cancelLiveClass(access, created.id);

    await drainOutbox({ handlers: { "zoom.delete_meeting": OUTBOX_HANDLERS["zoom.delete_meeting"]! } });
    const deletions = getSandboxZoomClient().requests.filter((r) => r.operation === "deleteMeeting");
    expect(deletions).toEqual([{ operation: "deleteMeeting", path: `/v2/meetings/${zoomMeetingId}` }]);
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { idempotencyKey: `zoom.delete_meeting:${zoomMeetingId}` } })).toMatchObject({ status: "DELIVERED" });
  });

  it("refuses a malformed payload for good", async () => {
    await expect(deleteZoomMeeting({ id: "x", kind: "zoom.delete_meeting", payload: { meetingId: 5 }, idempotencyKey: "k", attempts: 1 })).rejects.toMatchObject({ name: "PermanentFailure", code: "invalid_payload" });
  });
});
