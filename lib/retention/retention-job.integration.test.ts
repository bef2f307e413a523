import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { edges, seedRetentionEdges } from "@/lib/testing/retention-factories";
import { RETENTION_DEFAULT_DAYS } from "./periods";
import { RetentionError, runRetention } from "./retention-job";
import { RETENTION_RULES, type RetentionRule } from "./rules";

const fast = { pauseMs: 0 };
const exists = async (table: string, id: string) => (await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM ${Prisma.raw(`"${table}"`)} WHERE id = ${id}::uuid`)[0]?.n === 1;
const tableOf = (name: string) => RETENTION_RULES.find((rule) => rule.name === name)?.table ?? name;

// Each test seeds rows around its own "now": start from empty tables so one test's kept rows are not another's due rows.
beforeEach(async () => {
  const tables = [...new Set(RETENTION_RULES.map((rule) => rule.table)), "retention_runs"];
  await db.$executeRawUnsafe(`TRUNCATE ${tables.map((t) => `"${t}"`).join(", ")} CASCADE`);
});

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe("policy S7, C5, M4: the retention job", () => {
  it("policy S7: each rule removes only what is past its period; rows at the boundary stay", async () => {
    const now = new Date();
    const { pairs, alwaysKept } = await seedRetentionEdges(now);
    const counts = await runRetention(now, { ...fast, batchSize: 100 });

    expect(Object.keys(counts).sort()).toEqual(RETENTION_RULES.map((rule) => rule.name).sort());
    for (const [name, { due, kept }] of Object.entries(pairs)) {
      if (name === "activity_network") continue;
      expect({ name, due: await exists(tableOf(name), due), kept: await exists(tableOf(name), kept) }).toEqual({ name, due: false, kept: true });
    }
    // One row per rule was past its period; an expired and a revoked session each count for their table.
    expect(counts).toEqual({ ...Object.fromEntries(RETENTION_RULES.map((rule) => [rule.name, 1])), mobile_sessions: 2, web_sessions: 2 });
    expect(await db.refreshToken.findUnique({ where: { id: alwaysKept.cascadedRefreshToken } })).toBeNull();
    for (const [table, id] of [["mobile_sessions", alwaysKept.mobile_sessions], ["sessions", alwaysKept.web_sessions], ["messenger_conversations", alwaysKept.messenger_conversations], ["outbox_messages", alwaysKept.pendingOutbox]]) {
      expect({ table, kept: await exists(table!, id!) }).toEqual({ table, kept: true });
    }
  });

  it("policy C5: activity records lose their IP address and device details after their period, and stay", async () => {
    const now = new Date();
    const { pairs } = await seedRetentionEdges(now);
    await runRetention(now, fast);
    const select = { ip: true, userAgent: true, os: true, country: true, action: true } as const;
    expect(await db.activityLog.findUnique({ where: { id: pairs.activity_network!.due }, select })).toEqual({ ip: null, userAgent: null, os: null, country: "MM", action: "course.publish" });
    expect(await db.activityLog.findUnique({ where: { id: pairs.activity_network!.kept }, select })).toMatchObject({ ip: "203.0.113.10", userAgent: "Mozilla/5.0", os: "Android" });
  });

  it("policy M4: Messenger messages, receipts and idle conversations go after the period; a second run finds nothing", async () => {
    const now = new Date();
    const { pairs } = await seedRetentionEdges(now);
    await runRetention(now, fast);
    expect(await db.messengerConversation.findUnique({ where: { id: pairs.messenger_conversations!.due } })).toBeNull();
    expect(await db.messengerMessage.findUnique({ where: { id: pairs.messenger_messages!.due } })).toBeNull();
    const again = await runRetention(now, fast);
    expect(Object.values(again).every((count) => count === 0)).toBe(true);
  });

  it("policy S7: works through many batches, one statement each, deleting and blanking everything due", async () => {
    const now = new Date();
    const { user } = await seedRetentionEdges(now);
    const old = new Date(now.getTime() - 800 * 86_400_000);
    await db.usageEvent.createMany({ data: Array.from({ length: 7 }, () => ({ userId: user.id, name: "screen_view", at: old })) });
    await db.activityLog.createMany({ data: Array.from({ length: 7 }, () => ({ action: "course.publish", ip: "198.51.100.1", createdAt: edges(now, "ACTIVITY_NETWORK").due })) });
    const rules = RETENTION_RULES.filter((rule) => rule.name === "usage_events" || rule.name === "activity_network");
    // Batches of 3: 8 due rows each (7 + the seeded one) take three statements.
    expect(await runRetention(now, { rules, batchSize: 3, pauseMs: 1 })).toEqual({ usage_events: 8, activity_network: 8 });
    expect(await db.activityLog.count({ where: { ip: { not: null }, createdAt: { lt: edges(now, "ACTIVITY_NETWORK").cutoff } } })).toBe(0);
    expect(await db.activityLog.count({ where: { ip: "198.51.100.1" } })).toBe(0);
  });

  it("policy S7: every run is recorded with its rule, cutoff, count and finish time", async () => {
    const now = new Date();
    await seedRetentionEdges(now);
    const startedAt = new Date();
    await runRetention(now, fast);
    const runs = await db.retentionRun.findMany({ where: { startedAt: { gte: startedAt } } });
    expect(runs.map((run) => run.job).sort()).toEqual(RETENTION_RULES.map((rule) => rule.name).sort());
    const usage = runs.find((run) => run.job === "usage_events");
    expect(usage).toMatchObject({ cutoff: edges(now, "USAGE_EVENTS").cutoff, deletedCount: 1, error: null, finishedAt: expect.any(Date) });
  });

  it("policy S7: a failing rule is recorded with its error code; the other rules still run and the job fails for a retry", async () => {
    const now = new Date();
    const { pairs } = await seedRetentionEdges(now);
    const broken: RetentionRule = { name: "broken", period: "USAGE_EVENTS", table: "no_such_table", due: (cutoff) => Prisma.sql`created_at < ${cutoff}` };
    const usage = RETENTION_RULES.find((rule) => rule.name === "usage_events")!;
    const error = await runRetention(now, { ...fast, rules: [broken, usage] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RetentionError);
    expect((error as RetentionError).failed).toEqual(["broken"]);
    expect(await db.retentionRun.findFirst({ where: { job: "broken" } })).toMatchObject({ error: expect.stringMatching(/42P01/), finishedAt: expect.any(Date), deletedCount: 0 });
    expect(await exists("usage_events", pairs.usage_events!.due)).toBe(false);
  });

  it("policy S7: RETENTION_<NAME>_DAYS changes the cutoff the job applies", async () => {
    const now = new Date();
    const { user } = await seedRetentionEdges(now);
    const tenDaysOld = await db.usageEvent.create({ data: { userId: user.id, name: "screen_view", at: new Date(now.getTime() - 10 * 86_400_000 - 1_000) } });
    const nineDaysOld = await db.usageEvent.create({ data: { userId: user.id, name: "screen_view", at: new Date(now.getTime() - 9 * 86_400_000) } });
    vi.stubEnv("RETENTION_USAGE_EVENTS_DAYS", "10");
    vi.resetModules();
    const fresh = await import("./retention-job");
    const counts = await fresh.runRetention(now, fast);
    // The row 10 days and 1 second old, and both seeded ones (about 395 days old).
    expect(counts.usage_events).toBe(3);
    expect(await exists("usage_events", tenDaysOld.id)).toBe(false);
    expect(await exists("usage_events", nineDaysOld.id)).toBe(true);
    expect(await db.retentionRun.findFirst({ where: { job: "usage_events", cutoff: new Date(now.getTime() - 10 * 86_400_000) } })).not.toBeNull();
    expect(RETENTION_DEFAULT_DAYS.USAGE_EVENTS).toBe(395);
  });
});
