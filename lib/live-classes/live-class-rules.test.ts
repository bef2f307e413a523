import { describe, expect, it } from "vitest";
import { joinState } from "./live-class-rules";

const startsAt = new Date("2026-12-01T10:00:00Z");
const endsAt = new Date("2026-12-01T11:00:00Z");
const at = (iso: string) => new Date(iso);

describe("joinState", () => {
  it("opens 15 minutes before the start and closes at the scheduled end", () => {
    const c = { status: "SCHEDULED" as const, startsAt, endsAt };
    expect(joinState(c, at("2026-12-01T09:44:59Z"))).toBe("not_open_yet");
    expect(joinState(c, at("2026-12-01T09:45:00Z"))).toBe("open");
    expect(joinState(c, at("2026-12-01T11:00:00Z"))).toBe("open");
    expect(joinState(c, at("2026-12-01T11:00:01Z"))).toBe("ended");
  });

  it("stays open while Zoom reports the meeting live, and closes for ended or cancelled classes", () => {
    expect(joinState({ status: "LIVE", startsAt, endsAt }, at("2026-12-01T11:30:00Z"))).toBe("open");
    expect(joinState({ status: "LIVE", startsAt, endsAt }, at("2026-12-01T09:00:00Z"))).toBe("not_open_yet");
    expect(joinState({ status: "ENDED", startsAt, endsAt }, at("2026-12-01T10:30:00Z"))).toBe("ended");
    expect(joinState({ status: "CANCELLED", startsAt, endsAt }, at("2026-12-01T10:30:00Z"))).toBe("cancelled");
  });
});
