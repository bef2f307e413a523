import { describe, expect, it } from "vitest";
import { scheduleLiveClassInput, updateLiveClassInput } from "@/lib/live-classes/live-class-input";
import { fromMyanmarLocal, toMyanmarLocal, toScheduleInput, toUpdateInput } from "./live-class-form-values";

const COURSE = "7f1d2c3b-4a5e-4f60-8a71-92b3c4d5e6f7";

describe("live class form values", () => {
  it("reads the start as Myanmar time (UTC+06:30) and shows a stored start the same way", () => {
    expect(fromMyanmarLocal("2026-12-01T09:00").toISOString()).toBe("2026-12-01T02:30:00.000Z");
    expect(toMyanmarLocal("2026-12-01T02:30:00.000Z")).toBe("2026-12-01T09:00");
    expect(Number.isNaN(fromMyanmarLocal("").getTime())).toBe(true);
  });

  it("builds inputs the shared schemas accept, and ones they refuse for a blank start", () => {
    const input = toScheduleInput(COURSE, { titleEn: "Week 1", titleMy: "", startsAt: "2026-12-01T09:00", durationMinutes: "၉၀" });
    expect(input).toEqual({ courseId: COURSE, titleEn: "Week 1", titleMy: undefined, startsAt: new Date("2026-12-01T02:30:00Z"), durationMinutes: 90 });
    expect(scheduleLiveClassInput.safeParse(input).success).toBe(true);
    const blank = scheduleLiveClassInput.safeParse(toScheduleInput(COURSE, { titleEn: "", titleMy: "", startsAt: "", durationMinutes: "60" }));
    expect(blank.error?.issues.map((i) => i.path.join("."))).toEqual(["startsAt"]);
    expect(updateLiveClassInput.safeParse(toUpdateInput({ titleEn: "", titleMy: "", startsAt: "2026-12-02T18:30", durationMinutes: "45" })).data).toEqual({
      startsAt: new Date("2026-12-02T12:00:00Z"),
      durationMinutes: 45,
    });
  });
});
