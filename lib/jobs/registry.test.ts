import { describe, expect, it } from "vitest";
import { JOBS } from "./registry";

describe("job registry", () => {
  it("has the commerce jobs on their schedules", () => {
    expect(JOBS.map((job) => [job.name, job.cron])).toEqual([
      ["commerce.expire-orders", "* * * * *"],
      ["commerce.reconcile", "*/10 * * * *"],
      ["notifications.send-announcements", "* * * * *"],
      ["privacy.retention", "30 20 * * *"],
      ["telegram.remove-lapsed-members", "*/15 * * * *"],
    ]);
  });
  it("names each job once, as pg-boss queue names allow, with options pg-boss accepts", () => {
    expect(new Set(JOBS.map((job) => job.name)).size).toBe(JOBS.length);
    for (const job of JOBS) {
      expect(job.name).toMatch(/^[a-z]+\.[a-z-]+$/);
      expect(job.cron.split(" ")).toHaveLength(5);
      expect(Number.isInteger(job.retry.limit) && job.retry.limit >= 0).toBe(true);
      expect(Number.isInteger(job.retry.delaySeconds) && job.retry.delaySeconds >= 0).toBe(true);
      // pg-boss refuses an expiration of 24 hours or more.
      expect(job.expireInSeconds).toBeGreaterThan(0);
      expect(job.expireInSeconds).toBeLessThan(24 * 60 * 60);
    }
  });
});
