import { describe, expect, it } from "vitest";
import { overviewPeriodFromQuery, periodBounds, resolveOverviewPeriod, yangonToday } from "./overview-period";

// 18:00 UTC on 12 Nov is already 00:30 on 13 Nov in Yangon (UTC+06:30).
const NOW = new Date("2026-11-12T18:00:00Z");

describe("overview periods (Yangon days)", () => {
  it("ends 'last N days' on today's Yangon date, today included", () => {
    expect(yangonToday(NOW)).toBe("2026-11-13");
    const week = resolveOverviewPeriod({ range: "7" }, NOW);
    expect(week).toMatchObject({ range: "7", from: "2026-11-07", to: "2026-11-13" });
    expect(week.days).toHaveLength(7);
    expect(resolveOverviewPeriod({}, NOW)).toMatchObject({ range: "30", from: "2026-10-15", to: "2026-11-13" });
    expect(resolveOverviewPeriod({ range: "90" }, NOW).days).toHaveLength(90);
  });

  it("bounds a period by Yangon midnights", () => {
    expect(periodBounds({ from: "2026-11-10", to: "2026-11-12" })).toEqual({
      start: new Date("2026-11-09T17:30:00.000Z"),
      end: new Date("2026-11-12T17:30:00.000Z"),
    });
  });

  it("takes chosen dates, and falls back to 30 days saying why when they are wrong", () => {
    expect(overviewPeriodFromQuery({ range: "custom", from: "2026-02-27", to: "2026-03-01" }, NOW)).toEqual({
      period: { range: "custom", from: "2026-02-27", to: "2026-03-01", days: ["2026-02-27", "2026-02-28", "2026-03-01"] },
      problem: null,
    });
    const fallback = (query: Record<string, string>) => overviewPeriodFromQuery(query, NOW);
    expect(fallback({ range: "custom", from: "2026-03-02", to: "2026-03-01" })).toMatchObject({ problem: "before_from", period: { range: "30" } });
    expect(fallback({ range: "custom", from: "2024-01-01", to: "2026-03-01" }).problem).toBe("range_too_long");
    expect(fallback({ range: "custom", from: "2026-03-01" }).problem).toBe("required");
    expect(fallback({ range: "custom", from: "yesterday", to: "2026-03-01" }).problem).toBe("format");
    expect(fallback({ range: "365" }).problem).toBe("format");
  });
});
