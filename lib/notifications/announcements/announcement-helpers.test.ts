import { describe, expect, it } from "vitest";
import { channelCounts } from "./announcement-counts";
import { createAnnouncementInput, scheduleBounds } from "./announcement-schemas";
import { parseMyanmarLocal, toMyanmarLocal } from "./myanmar-time";

describe("Myanmar time (UTC+06:30) for the schedule field", () => {
  it("reads and writes datetime-local values as Myanmar time", () => {
    expect(parseMyanmarLocal("2026-12-01T09:00")).toEqual(new Date("2026-12-01T02:30:00Z"));
    expect(parseMyanmarLocal("2027-01-01T00:15")).toEqual(new Date("2026-12-31T17:45:00Z"));
    expect(toMyanmarLocal(new Date("2026-12-31T17:45:00Z"))).toBe("2027-01-01T00:15");
  });
  it("refuses malformed and impossible dates", () => {
    for (const text of ["", "tomorrow", "2026-12-01", "2026-02-30T10:00", "2026-12-01T24:00", "2026-12-01T10:60"]) expect(parseMyanmarLocal(text), text).toBeNull();
  });
  it("offers the picker limits 5 minutes (plus slack) to 30 days ahead", () => {
    const now = new Date("2026-11-25T03:00:00Z");
    expect(scheduleBounds(now)).toEqual({ min: "2026-11-25T09:36", max: "2026-12-25T09:30" });
  });
});

describe("the composer's schema", () => {
  it("accepts one language, drops repeated channels and ignores the time when sending now", () => {
    const parsed = createAnnouncementInput.parse({ courseId: "0196a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b", titleMy: " ခေါင်းစဉ် ", bodyMy: "စာ", channels: ["PUSH", "PUSH", "IN_APP"], scheduledFor: "junk" });
    expect(parsed).toMatchObject({ titleMy: "ခေါင်းစဉ်", titleEn: "", channels: ["PUSH", "IN_APP"], when: "now" });
  });
  it("refuses email and SMS, which announcements do not offer", () => {
    const result = createAnnouncementInput.safeParse({ courseId: "0196a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b", titleEn: "a", bodyEn: "b", channels: ["SMS"] });
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["channels.0", "invalid_channel"]]);
  });
});

describe("per-channel counts", () => {
  it("counts what is not reported yet as queued, never below zero", () => {
    const grouped = [
      { channel: "IN_APP" as const, status: "SENT" as const, count: 9 },
      { channel: "IN_APP" as const, status: "SKIPPED" as const, count: 1 },
      { channel: "PUSH" as const, status: "SENT" as const, count: 4 },
      { channel: "PUSH" as const, status: "FAILED" as const, count: 1 },
      { channel: "PUSH" as const, status: "SKIPPED" as const, count: 2 },
      { channel: "TELEGRAM" as const, status: "SKIPPED" as const, count: 12 },
    ];
    expect(channelCounts(["IN_APP", "PUSH", "TELEGRAM"], 10, grouped)).toEqual([
      { channel: "IN_APP", queued: 0, delivered: 9, failed: 0, skipped: 1 },
      { channel: "PUSH", queued: 3, delivered: 4, failed: 1, skipped: 2 },
      { channel: "TELEGRAM", queued: 0, delivered: 0, failed: 0, skipped: 12 },
    ]);
  });
});
